package org.imrworkstation.export.gold;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrworkstation.eval.RecordFiles;
import org.imrworkstation.export.ExportException;
import org.imrworkstation.export.ExportRecord;
import org.imrworkstation.export.ItemRegimen;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterFields;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.RecordJson;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.SpanSuggestions;
import org.imrworkstation.store.StoreException;
import org.imrworkstation.store.StoredSpan;

/**
 * What is scored against a gold set: a JSONL file of letter records, or an extractor version's
 * output for the gold letters. A version's output is its stored suggestions as the extractor made
 * them (origin EXTRACTED, whatever a reviewer did since: an edited row's first change_log image
 * holds the extractor's values) for the letters stored at that version; a gold letter stored at
 * another version is extracted again when the version asked for is this jar's, else it has no
 * prediction (and counts as missed).
 */
public final class Predictions {

    /** Predicted records by letter base name (as the scorer matches them), and how they were made. */
    public record Source(String label, Map<String, JsonNode> byName, String note) {
    }

    private Predictions() {
    }

    /** A spec is a file when it names one (or ends in .jsonl), else an extractor version. */
    public static Source of(String spec, Database db, List<ExportRecord> gold) {
        Path file = Path.of(spec);
        if (spec.endsWith(".jsonl") || Files.isRegularFile(file)) {
            try {
                return new Source(spec, RecordFiles.byBaseName(file), "");
            } catch (org.imrworkstation.eval.EvalException e) {
                throw new ExportException(e.getMessage());
            }
        }
        return ofVersion(spec, db, gold);
    }

    static Source ofVersion(String version, Database db, List<ExportRecord> gold) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        int stored = 0;
        int extracted = 0;
        int none = 0;
        Extractor extractor = null;
        try (Connection c = db.connect()) {
            for (ExportRecord g : gold) {
                LetterRecord pred = null;
                long[] letter = letter(c, g.sha256(), version);
                if (letter != null) {
                    pred = stored(c, letter[0], g);
                    stored++;
                } else if (version.equals(Extractor.VERSION)) {
                    extractor = extractor == null ? new Extractor() : extractor;
                    pred = extractor.extract(g.letter(), g.text());
                    extracted++;
                } else {
                    none++;
                }
                if (pred != null) {
                    out.put(base(g.letter()), RecordJson.mapper().valueToTree(pred.withText(null)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("database " + db.file() + ": " + e.getMessage(), e);
        }
        if (stored + extracted == 0) {
            throw new ExportException("no output of extractor version " + version + " for these gold letters (stored"
                    + " letters are at other versions; this jar's extractor is " + Extractor.VERSION + ")");
        }
        String note = "extractor " + version + ": " + stored + " letters from stored suggestions"
                + (extracted > 0 ? ", " + extracted + " extracted again by this jar" : "")
                + (none > 0 ? ", " + none + " without output (scored as missed)" : "");
        return new Source("extractor " + version, out, note);
    }

    static String base(String letter) {
        return letter.substring(letter.lastIndexOf('/') + 1);
    }

    /** {id} of the stored letter with this sha256 at this extractor version, or null. */
    private static long[] letter(Connection c, String sha256, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM letter WHERE sha256 = ? AND extractor_version = ?")) {
            ps.setString(1, sha256);
            ps.setString(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1)} : null;
            }
        }
    }

    /** The extractor's record of a stored letter, rebuilt from its EXTRACTED rows. */
    private static LetterRecord stored(Connection c, long id, ExportRecord g) throws SQLException {
        List<Span> spans = new ArrayList<>();
        for (Map<String, Object> row : rows(c, id, "SPAN", "SELECT id, state, type, start_off, end_off, text, value"
                + " FROM span WHERE letter_id = ? AND origin = 'EXTRACTED' ORDER BY start_off, id")) {
            spans.add(new Span(SpanType.valueOf((String) row.get("type")), num(row.get("start_off")),
                    num(row.get("end_off")), (String) row.get("text"), (String) row.get("value")));
        }
        // a letter nobody has opened keeps its suggestions packed (decision 0011)
        for (StoredSpan s : SpanSuggestions.read(c, id)) {
            spans.add(new Span(s.type(), s.start(), s.end(), s.text(), s.value()));
        }
        spans.sort(null);
        List<Item> items = new ArrayList<>();
        for (Map<String, Object> row : rows(c, id, "ITEM", "SELECT id, state, treatment, drug, strength, quantity,"
                + " refills, decision, guidelines, pages, evidence_start, evidence_end FROM item WHERE letter_id = ?"
                + " AND origin = 'EXTRACTED' ORDER BY position, id")) {
            String guidelines = (String) row.get("guidelines");
            String decision = (String) row.get("decision");
            items.add(new Item((String) row.get("treatment"), (String) row.get("drug"), (String) row.get("strength"),
                    integer(row.get("quantity")), integer(row.get("refills")),
                    decision == null ? null : Decision.valueOf(decision),
                    guidelines == null || guidelines.isEmpty() ? List.of() : List.of(guidelines.split(",")),
                    (String) row.get("pages"), integer(row.get("evidence_start")), integer(row.get("evidence_end"))));
        }
        Map<String, String> f = new HashMap<>();
        for (Map<String, Object> row : rows(c, id, "FIELD", "SELECT id, state, name, value FROM field_value"
                + " WHERE letter_id = ? AND origin = 'EXTRACTED'")) {
            f.put((String) row.get("name"), (String) row.get("value"));
        }
        String age = f.get("patient_age");
        String states = f.get("reviewer_states");
        LetterFields fields = new LetterFields(age == null ? null : Integer.valueOf(age), f.get("patient_sex"),
                f.get("injury_date"), f.get("ur_date"), f.get("rfa_date"), f.get("reviewer_specialty"),
                states == null ? List.of() : List.of(states.split(",")));
        return new LetterRecord(g.letter(), null, null, spans, ItemRegimen.complete(items, spans), fields);
    }

    /** The rows as the extractor left them: an EDITED row is replaced by its first change_log image. */
    private static List<Map<String, Object>> rows(Connection c, long letterId, String entity, String sql)
            throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                var md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                    }
                    if ("EDITED".equals(row.get("state"))) {
                        Map<String, Object> first = firstImage(c, entity, ((Number) row.get("id")).longValue());
                        if (first != null) {
                            first.keySet().retainAll(row.keySet());
                            row.putAll(first);
                        }
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static Map<String, Object> firstImage(Connection c, String entity, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT before_json FROM change_log WHERE entity = ?"
                + " AND entity_id = ? AND before_json IS NOT NULL ORDER BY id LIMIT 1")) {
            ps.setString(1, entity);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return RecordJson.mapper().readValue(rs.getString(1), new TypeReference<HashMap<String, Object>>() { });
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return null; // an unreadable image: keep the row as it is
            }
        }
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
