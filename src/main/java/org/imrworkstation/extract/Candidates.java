package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/**
 * Spans proposed by the finders, resolved into the final set: spans never overlap (of one type or
 * of different types), so where two proposals collide the one of the stronger type wins, then the
 * longer one, then the earlier one.
 */
final class Candidates {

    private final String text;
    private final List<Proposal> proposed = new ArrayList<>();

    /** A proposal before resolution: no substring is made for the many that lose. */
    private record Proposal(SpanType type, int start, int end, String value, long key) {
    }

    Candidates(String text) {
        this.text = text;
    }

    void add(SpanType type, int start, int end, String value) {
        if (start < end && value != null) {
            // stronger type first, then longer, then earlier: one number to sort by
            long key = ((long) rank(type) << 56) | ((long) (0xFFFFFF - Math.min(end - start, 0xFFFFFF)) << 32) | start;
            proposed.add(new Proposal(type, start, end, value, key));
        }
    }


    /** Stronger first: a decision or a drug name outranks a number that happens to sit inside it. */
    private static int rank(SpanType t) {
        return switch (t) {
            case DECISION -> 0;
            case DRUG -> 1;
            case DATE -> 2;
            case STRENGTH -> 3;
            case PAIN_SCORE -> 4;
            case REFILLS -> 5;
            case QUANTITY -> 6;
            case GUIDELINE_PAGE -> 7;
            // added types (decision 0004): below every v1 type; a frequency holds its route ("1 tab PO QD")
            case MED -> 8;
            case FREQUENCY -> 9;
            case ROUTE -> 10;
        };
    }

    List<Span> resolve() {
        Proposal[] byStrength = proposed.toArray(new Proposal[0]);
        java.util.Arrays.sort(byStrength, Comparator.comparingLong(Proposal::key));
        java.util.BitSet taken = new java.util.BitSet(text.length());
        List<Proposal> kept = new ArrayList<>();
        for (Proposal p : byStrength) {
            int clash = taken.nextSetBit(p.start());
            if (clash >= 0 && clash < p.end()) {
                continue;
            }
            taken.set(p.start(), p.end());
            kept.add(p);
        }
        kept.sort(Comparator.comparingInt(Proposal::start));
        List<Span> out = new ArrayList<>(kept.size());
        for (Proposal p : kept) {
            out.add(Span.of(p.type(), text, p.start(), p.end(), p.value()));
        }
        return out;
    }
}
