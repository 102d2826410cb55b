package org.imrworkstation.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Small hand-made letters and records for the scorer tests. */
final class EvalFixtures {

    /**
     * <pre>
     * Norco 10mg #60 on 1/2/15. Upheld.
     * 0     6   10 14  18   24 26    32
     * </pre>
     */
    static final String TEXT = "Norco 10mg #60 on 1/2/15. Upheld.";

    static final String DRUG = span("DRUG", 0, 5, "Norco", "acetaminophen/hydrocodone");
    static final String STRENGTH = span("STRENGTH", 6, 10, "10mg", "10 mg");
    static final String QUANTITY = span("QUANTITY", 11, 14, "#60", "60");
    static final String DATE = span("DATE", 18, 24, "1/2/15", "2015-01-02");
    static final String DECISION = span("DECISION", 26, 32, "Upheld", "UPHELD");
    static final List<String> ALL_SPANS = List.of(DRUG, STRENGTH, QUANTITY, DATE, DECISION);

    static final String ITEMS = "[{\"drug\": \"acetaminophen/hydrocodone\", \"strength\": \"10 mg\", \"quantity\": 60,"
            + " \"refills\": null, \"decision\": \"UPHELD\", \"guidelines\": [\"MTUS\"], \"pages\": \"78\"}]";
    static final String FIELDS = "{\"patient_age\": 52, \"patient_sex\": \"F\", \"ur_date\": null,"
            + " \"reviewer_states\": [\"TX\", \"CA\"]}";

    private EvalFixtures() {
    }

    static String span(String type, int start, int end, String text, String value) {
        return "{\"type\": \"" + type + "\", \"start\": " + start + ", \"end\": " + end + ", \"text\": " + json(text)
                + ", \"value\": " + (value == null ? "null" : json(value)) + "}";
    }

    /** A letter record; {@code text} null leaves the "text" key out. */
    static String record(String letter, String text, List<String> spans, String items, String fields) {
        return "{\"letter\": " + json(letter) + (text == null ? "" : ", \"text\": " + json(text)) + ", \"spans\": ["
                + String.join(", ", spans) + "], \"items\": " + items + ", \"fields\": " + fields + "}";
    }

    /** The gold record of {@link #TEXT}, carrying its text. */
    static String goldRecord() {
        return record("L.txt", TEXT, ALL_SPANS, ITEMS, FIELDS);
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static Path write(Path dir, String name, String... lines) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String printed(Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        print.accept(out);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
