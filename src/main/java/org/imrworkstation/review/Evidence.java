package org.imrworkstation.review;

import java.util.List;
import java.util.Optional;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.State;

/**
 * Which span is the evidence of a form value, and which form value a span is evidence of. An item's
 * evidence is its heading ("Norco 10/325mg #120: Upheld"): the spans of a column's type there. A
 * date field's evidence is the first date span with the same value.
 */
public final class Evidence {

    /** How far past the heading its decision may stand (": Upheld", on the same or the next line). */
    static final int AFTER_HEADING = 30;

    public static final List<String> DATE_FIELDS = List.of("injury_date", "ur_date", "rfa_date");

    private Evidence() {
    }

    public static Optional<DraftSpan> span(Draft d, DraftItem i, ItemColumn c) {
        Item it = i.item();
        if (c.evidence == null || it.evidenceStart() == null || it.evidenceEnd() == null) {
            return Optional.empty();
        }
        int from = it.evidenceStart();
        int to = it.evidenceEnd() + AFTER_HEADING;
        return d.spans().stream().filter(s -> !s.rejected() && s.type() == c.evidence && s.start() >= from
                && s.start() < to).findFirst();
    }

    /** The item (not rejected) whose heading holds the offset. */
    public static Optional<DraftItem> item(Draft d, int offset) {
        return d.items().stream().filter(i -> i.state() != State.REJECTED && i.item().evidenceStart() != null
                && i.item().evidenceEnd() != null && offset >= i.item().evidenceStart()
                && offset < i.item().evidenceEnd() + AFTER_HEADING).findFirst();
    }

    public static Optional<DraftSpan> span(Draft d, String field) {
        String v = d.fields().get(field);
        if (!DATE_FIELDS.contains(field) || v == null) {
            return Optional.empty();
        }
        return d.spans().stream().filter(s -> !s.rejected() && s.type() == SpanType.DATE && v.equals(s.value()))
                .findFirst();
    }

    /** The date field a date span is the evidence of (the first span of a value is). */
    public static Optional<String> field(Draft d, DraftSpan s) {
        if (s.type() != SpanType.DATE) {
            return Optional.empty();
        }
        return DATE_FIELDS.stream().filter(f -> span(d, f).map(e -> e.ref() == s.ref()).orElse(false)).findFirst();
    }
}
