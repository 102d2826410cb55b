package org.imrworkstation.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One finding: its kind, how much it matters, a one-line message a clerk understands, and where in
 * the letter text it is (the spans or item headings it concerns, as offsets).
 */
@JsonPropertyOrder({"kind", "severity", "message", "where"})
public record Flag(FlagKind kind, Severity severity, String message, List<Where> where) {

    /** A stretch of the letter text: {@code text.substring(start, end)}. */
    public record Where(int start, int end) {
    }

    public Flag {
        where = where == null ? List.of() : List.copyOf(where);
    }

    /** The command line's form: {@code SEVERITY KIND: message}. */
    public String line() {
        return severity + " " + kind + ": " + message;
    }
}
