package org.imrworkstation.review.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.review.DraftSpan;
import org.imrworkstation.review.Ref;

/**
 * The one function from a letter's spans to the text area's styles (as in RichTextFX's
 * JavaKeywords demo): pure, so it is tested without a window, and applied with setStyleSpans,
 * which keeps highlights out of the text's undo history. Each piece of text gets the classes
 * "span t-TYPE s-STATE" (and "current" for the span the clerk is on), or "heading" for a
 * section heading. Where a rejected span and a live one overlap, the live one is drawn.
 */
public final class HighlightStyles {

    private HighlightStyles() {
    }

    public static StyleSpans<Collection<String>> compute(int length, List<DraftSpan> spans, Set<SpanType> shown,
                                                         Ref current, List<int[]> headings) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (DraftSpan s : spans) {
            if (shown.contains(s.type()) && s.end() <= length) {
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        for (int[] h : headings) {
            cuts.add(Math.min(h[0], length));
            cuts.add(Math.min(h[1], length));
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            b.add(classesAt(from, spans, shown, current, headings), to - from);
            from = to;
        }
        if (length == 0) {
            b.add(List.of(), 0);
        }
        return b.create();
    }

    private static Collection<String> classesAt(int offset, List<DraftSpan> spans, Set<SpanType> shown, Ref current,
                                                List<int[]> headings) {
        DraftSpan pick = null;
        for (DraftSpan s : spans) {
            if (s.contains(offset) && shown.contains(s.type()) && (pick == null || pick.rejected())) {
                pick = s;
            }
        }
        List<String> out = new ArrayList<>(4);
        for (int[] h : headings) {
            if (offset >= h[0] && offset < h[1]) {
                out.add("heading");
            }
        }
        if (pick != null) {
            out.add("span");
            out.add(typeClass(pick.type()));
            out.add("s-" + pick.state().name().toLowerCase(Locale.ROOT));
            if (pick.ref() == current) {
                out.add("current");
            }
        }
        return out;
    }

    public static String typeClass(SpanType t) {
        return "t-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
