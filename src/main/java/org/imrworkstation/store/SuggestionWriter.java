package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.imrworkstation.check.SuggestionConfidence;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;

/** Writes an extractor's record as suggestions (origin EXTRACTED, state SUGGESTED) of one letter. */
final class SuggestionWriter {

    private SuggestionWriter() {
    }

    static void write(Connection c, long letterId, LetterRecord record, double[] confidences) throws SQLException {
        writeSpans(c, letterId, record.spans(), confidences);
        writeItems(c, letterId, record.items(), 0);
        writeFields(c, letterId, FieldNames.values(record.fields()));
    }

    /**
     * All of a letter's spans in one statement: a batch of single-row inserts costs H2 a statement
     * each, which was half of import time; one INSERT ... SELECT over TABLE(arrays) is one.
     */
    static int writeSpans(Connection c, long letterId, List<Span> spans) throws SQLException {
        return writeSpans(c, letterId, spans, SuggestionConfidence.of(spans));
    }

    static int writeSpans(Connection c, long letterId, List<Span> spans, double[] confidence) throws SQLException {
        if (spans.isEmpty()) {
            return 0;
        }
        int n = spans.size();
        String[] types = new String[n];
        Integer[] starts = new Integer[n];
        Integer[] ends = new Integer[n];
        String[] texts = new String[n];
        String[] values = new String[n];
        Double[] confidences = new Double[n];
        for (int i = 0; i < n; i++) {
            confidences[i] = confidence[i];
            Span s = spans.get(i);
            types[i] = s.type().name();
            starts[i] = s.start();
            ends[i] = s.end();
            texts[i] = s.text();
            values[i] = s.value();
        }
        OffsetDateTime now = now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO span (letter_id, type, start_off, end_off, text,"
                + " value, confidence, origin, state, created_at, updated_at) SELECT ?, T, S, E, X, V, C, 'EXTRACTED',"
                + " 'SUGGESTED', ?, ? FROM TABLE(T VARCHAR(20) = ?, S INT = ?, E INT = ?, X VARCHAR(4000) = ?,"
                + " V VARCHAR(1000) = ?, C REAL = ?)")) {
            ps.setLong(1, letterId);
            ps.setObject(2, now);
            ps.setObject(3, now);
            ps.setObject(4, types);
            ps.setObject(5, starts);
            ps.setObject(6, ends);
            ps.setObject(7, texts);
            ps.setObject(8, values);
            ps.setObject(9, confidences);
            ps.executeUpdate();
        }
        return n;
    }

    /** Items with positions from {@code firstPosition} on, skipping none. */
    static void writeItems(Connection c, long letterId, List<Item> items, int firstPosition) throws SQLException {
        writeItems(c, letterId, items, firstPosition, java.util.Set.of());
    }

    /** Items by their position in the letter; positions in {@code skip} are left out. */
    static int writeItems(Connection c, long letterId, List<Item> items, int firstPosition,
                          java.util.Set<Integer> skip) throws SQLException {
        if (items.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = now();
        int written = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (letter_id, position, treatment, drug,"
                + " strength, quantity, refills, decision, guidelines, pages, evidence_start, evidence_end, frequency,"
                + " daily_dose, origin, state, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'EXTRACTED','SUGGESTED',?,?)")) {
            for (int i = 0; i < items.size(); i++) {
                int position = firstPosition + i;
                if (skip.contains(position)) {
                    continue;
                }
                Item it = items.get(i);
                ps.setLong(1, letterId);
                ps.setInt(2, position);
                ps.setString(3, it.treatment());
                ps.setString(4, it.drug());
                ps.setString(5, it.strength());
                setInt(ps, 6, it.quantity());
                setInt(ps, 7, it.refills());
                ps.setString(8, it.decision() == null ? null : it.decision().name());
                ps.setString(9, String.join(",", it.guidelines()));
                ps.setString(10, it.pages());
                setInt(ps, 11, it.evidenceStart());
                setInt(ps, 12, it.evidenceEnd());
                ps.setString(13, it.frequency());
                ps.setString(14, it.dailyDose());
                ps.setObject(15, now);
                ps.setObject(16, now);
                ps.addBatch();
                written++;
            }
            ps.executeBatch();
        }
        return written;
    }

    /** A letter's fields in one statement, as its spans. */
    static int writeFields(Connection c, long letterId, Map<String, String> fields) throws SQLException {
        String[] names = fields.keySet().toArray(String[]::new);
        String[] values = fields.values().toArray(String[]::new);
        OffsetDateTime now = now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO field_value (letter_id, name, value, origin,"
                + " state, created_at, updated_at) SELECT ?, N, V, 'EXTRACTED', 'SUGGESTED', ?, ?"
                + " FROM TABLE(N VARCHAR(50) = ?, V VARCHAR(1000) = ?)")) {
            ps.setLong(1, letterId);
            ps.setObject(2, now);
            ps.setObject(3, now);
            ps.setObject(4, names);
            ps.setObject(5, values);
            ps.executeUpdate();
        }
        return fields.size();
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
