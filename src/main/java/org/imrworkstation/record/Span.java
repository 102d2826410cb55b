package org.imrworkstation.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One annotated mention: {@code text} is exactly {@code letterText.substring(start, end)},
 * {@code value} the normalised value the guidelines define for its type.
 */
@JsonPropertyOrder({"type", "start", "end", "text", "value"})
public record Span(SpanType type, int start, int end, String text, String value) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span offsets " + start + ".." + end);
        }
    }

    public static Span of(SpanType type, String letterText, int start, int end, String value) {
        return new Span(type, start, end, letterText.substring(start, end), value);
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
