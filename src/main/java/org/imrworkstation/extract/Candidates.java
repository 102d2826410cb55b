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
    private final List<Span> proposed = new ArrayList<>();

    Candidates(String text) {
        this.text = text;
    }

    void add(SpanType type, int start, int end, String value) {
        if (start < end && value != null) {
            proposed.add(Span.of(type, text, start, end, value));
        }
    }

    List<Span> proposed() {
        return proposed;
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
        };
    }

    List<Span> resolve() {
        List<Span> byStrength = new ArrayList<>(proposed);
        byStrength.sort(Comparator.comparingInt((Span s) -> rank(s.type()))
                .thenComparing(Comparator.comparingInt(Span::length).reversed())
                .thenComparingInt(Span::start));
        java.util.TreeMap<Integer, Span> kept = new java.util.TreeMap<>();
        for (Span s : byStrength) {
            var before = kept.floorEntry(s.start());
            if (before != null && before.getValue().end() > s.start()) {
                continue;
            }
            var after = kept.ceilingEntry(s.start());
            if (after != null && after.getKey() < s.end()) {
                continue;
            }
            kept.put(s.start(), s);
        }
        return new ArrayList<>(kept.values());
    }
}
