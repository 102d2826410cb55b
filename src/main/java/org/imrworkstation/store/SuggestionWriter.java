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

    /** A new letter's suggestions: its spans packed (decision 0011), its items and fields as rows. */
    static void write(Connection c, long letterId, LetterRecord record, double[] confidences) throws SQLException {
        SpanSuggestions.store(c, letterId, record.spans(), confidences);
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
        return writeSpans(c, letterId, spans, confidence, now());
    }

    static int writeSpans(Connection c, long letterId, List<Span> spans, double[] confidence, OffsetDateTime at)
            throws SQLException {
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
        OffsetDateTime now = at;
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

    /** Items by their position in the letter; positions in {@code skip} are left out. One statement, as spans. */
    static int writeItems(Connection c, long letterId, List<Item> items, int firstPosition,
                          java.util.Set<Integer> skip) throws SQLException {
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            n += skip.contains(firstPosition + i) ? 0 : 1;
        }
        if (n == 0) {
            return 0;
        }
        Integer[] positions = new Integer[n];
        String[] treatments = new String[n];
        String[] drugs = new String[n];
        String[] strengths = new String[n];
        Integer[] quantities = new Integer[n];
        Integer[] refills = new Integer[n];
        String[] decisions = new String[n];
        String[] guidelines = new String[n];
        String[] pages = new String[n];
        Integer[] evidenceStarts = new Integer[n];
        Integer[] evidenceEnds = new Integer[n];
        String[] frequencies = new String[n];
        String[] dailyDoses = new String[n];
        int k = 0;
        for (int i = 0; i < items.size(); i++) {
            int position = firstPosition + i;
            if (skip.contains(position)) {
                continue;
            }
            Item it = items.get(i);
            positions[k] = position;
            treatments[k] = it.treatment();
            drugs[k] = it.drug();
            strengths[k] = it.strength();
            quantities[k] = it.quantity();
            refills[k] = it.refills();
            decisions[k] = it.decision() == null ? null : it.decision().name();
            guidelines[k] = String.join(",", it.guidelines());
            pages[k] = it.pages();
            evidenceStarts[k] = it.evidenceStart();
            evidenceEnds[k] = it.evidenceEnd();
            frequencies[k] = it.frequency();
            dailyDoses[k] = it.dailyDose();
            k++;
        }
        OffsetDateTime now = now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (letter_id, position, treatment, drug,"
                + " strength, quantity, refills, decision, guidelines, pages, evidence_start, evidence_end, frequency,"
                + " daily_dose, origin, state, created_at, updated_at) SELECT ?, P, T, D, S, Q, R, DC, G, PG, ES, EE,"
                + " F, DD, 'EXTRACTED', 'SUGGESTED', ?, ? FROM TABLE(P INT = ?, T VARCHAR(2000) = ?,"
                + " D VARCHAR(500) = ?, S VARCHAR(100) = ?, Q INT = ?, R INT = ?, DC VARCHAR(12) = ?,"
                + " G VARCHAR(200) = ?, PG VARCHAR(500) = ?, ES INT = ?, EE INT = ?, F VARCHAR(20) = ?,"
                + " DD VARCHAR(40) = ?)")) {
            ps.setLong(1, letterId);
            ps.setObject(2, now);
            ps.setObject(3, now);
            Object[][] columns = {positions, treatments, drugs, strengths, quantities, refills, decisions, guidelines,
                pages, evidenceStarts, evidenceEnds, frequencies, dailyDoses};
            for (int i = 0; i < columns.length; i++) {
                ps.setObject(4 + i, columns[i]);
            }
            ps.executeUpdate();
        }
        return n;
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
