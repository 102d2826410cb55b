package org.imrworkstation.review;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imrworkstation.record.SpanType;

/**
 * The span the clerk is on, and which types the legend shows: Tab and Shift+Tab walk the shown
 * spans in text order (rejected ones too, so a rejection can be taken back), wrapping round.
 */
public final class SpanCursor {

    private final Set<SpanType> shown = EnumSet.allOf(SpanType.class);
    private Ref current;

    public Optional<DraftSpan> current(Draft d) {
        return current == null || d == null ? Optional.empty() : d.span(current);
    }

    public void select(Ref ref) {
        current = ref;
    }

    public boolean shown(SpanType t) {
        return shown.contains(t);
    }

    public void show(SpanType t, boolean on) {
        if (on) {
            shown.add(t);
        } else {
            shown.remove(t);
        }
    }

    public Set<SpanType> shownTypes() {
        return EnumSet.copyOf(shown);
    }

    /** The spans Tab walks. */
    public List<DraftSpan> walk(Draft d) {
        return d.spans().stream().filter(s -> shown.contains(s.type())).toList();
    }

    /** Moves by {@code dir} (+1 next, -1 previous) from the current span, or from the caret when there is none. */
    public Optional<DraftSpan> move(Draft d, int dir, int caret) {
        List<DraftSpan> spans = walk(d);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int at = indexOf(spans);
        int next;
        if (at < 0) {
            next = dir > 0 ? firstFrom(spans, caret) : lastBefore(spans, caret);
        } else {
            next = Math.floorMod(at + dir, spans.size());
        }
        current = spans.get(next).ref();
        return Optional.of(spans.get(next));
    }

    /** After an accept or reject: on to the next span that still waits for a judgement, else the next one. */
    public Optional<DraftSpan> advance(Draft d) {
        List<DraftSpan> spans = walk(d);
        int at = indexOf(spans);
        for (int k = 1; k <= spans.size(); k++) {
            DraftSpan s = spans.get(Math.floorMod(at + k, spans.size()));
            if (s.suggested()) {
                current = s.ref();
                return Optional.of(s);
            }
        }
        return spans.isEmpty() ? Optional.empty() : move(d, 1, 0);
    }

    private int indexOf(List<DraftSpan> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).ref() == current) {
                return i;
            }
        }
        return -1;
    }

    private static int firstFrom(List<DraftSpan> spans, int caret) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).end() > caret) {
                return i;
            }
        }
        return 0;
    }

    private static int lastBefore(List<DraftSpan> spans, int caret) {
        for (int i = spans.size() - 1; i >= 0; i--) {
            if (spans.get(i).start() < caret) {
                return i;
            }
        }
        return spans.size() - 1;
    }
}
