package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrworkstation.record.Span;

/**
 * A letter's untouched span suggestions kept packed (one span_suggestions row) from import until the
 * letter is first opened, reviewed, assigned or re-extracted, when {@link #unpack} turns them into
 * span rows. Decision 0011: an import of 100,000 letters writes 100,000 values instead of 6 million
 * rows. Everything that reads span rows to show or change them goes through {@link #unpack} first;
 * readers that must not write (exports, evaluation) use {@link #read}.
 */
public final class SpanSuggestions {

    private SpanSuggestions() {
    }

    /** Keeps the extractor's spans of a newly stored letter packed. */
    static void store(Connection c, long letterId, List<Span> spans, double[] confidences) throws SQLException {
        if (spans.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO span_suggestions (letter_id, packed) VALUES (?, ?)")) {
            ps.setLong(1, letterId);
            ps.setBytes(2, PackedSpans.pack(spans, confidences));
            ps.executeUpdate();
        }
    }

    /**
     * Turns the letter's packed suggestions, if any, into span rows (origin EXTRACTED, state
     * SUGGESTED, dated when the letter was imported), in the caller's transaction. Taking the packed
     * row is a DELETE, so two threads opening the same letter at once write the rows once: the second
     * waits for the first's row lock and then finds nothing to take. Returns how many rows it wrote.
     */
    public static int unpack(Connection c, long letterId) throws SQLException {
        List<PackedSpans.Suggestion> taken = take(c, letterId);
        if (taken == null) {
            return 0;
        }
        OffsetDateTime importedAt;
        try (PreparedStatement ps = c.prepareStatement("SELECT imported_at FROM letter WHERE id = ?")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                importedAt = rs.next() ? rs.getObject(1, OffsetDateTime.class) : SuggestionWriter.now();
            }
        }
        List<Span> spans = new ArrayList<>(taken.size());
        double[] confidences = new double[taken.size()];
        for (int i = 0; i < taken.size(); i++) {
            spans.add(taken.get(i).span());
            confidences[i] = taken.get(i).confidence();
        }
        return SuggestionWriter.writeSpans(c, letterId, spans, confidences, importedAt);
    }

    /** Removes and returns the letter's packed suggestions; null when it has none (already span rows). */
    static List<PackedSpans.Suggestion> take(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT packed FROM OLD TABLE (DELETE FROM span_suggestions WHERE letter_id = ?)")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? PackedSpans.unpack(rs.getBytes(1)) : null;
            }
        }
    }

    /**
     * The packed suggestions of the letters with ids from {@code first} to {@code last}, unpacked but
     * left in place, by letter id, for readers that must not write. Their spans have id 0: they have
     * no row yet.
     */
    public static Map<Long, List<StoredSpan>> read(Connection c, long first, long last) throws SQLException {
        Map<Long, List<StoredSpan>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT letter_id, packed FROM span_suggestions WHERE letter_id BETWEEN ? AND ?")) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), stored(PackedSpans.unpack(rs.getBytes(2))));
                }
            }
        }
        return out;
    }

    /** As {@link #read(Connection, long, long)} for one letter; empty when it has no packed suggestions. */
    public static List<StoredSpan> read(Connection c, long letterId) throws SQLException {
        return read(c, letterId, letterId).getOrDefault(letterId, List.of());
    }

    private static List<StoredSpan> stored(List<PackedSpans.Suggestion> suggestions) {
        List<StoredSpan> out = new ArrayList<>(suggestions.size());
        for (PackedSpans.Suggestion s : suggestions) {
            Span sp = s.span();
            out.add(new StoredSpan(0, sp.type(), sp.start(), sp.end(), sp.text(), sp.value(), Origin.EXTRACTED,
                    State.SUGGESTED, null, null));
        }
        return out;
    }
}
