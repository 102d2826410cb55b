package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Map;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;

/**
 * Stores letters that arrive already annotated (import --annotations, issue 6): the letter, its
 * spans, items and fields as a person's judgement (origin MANUAL, state ACCEPTED) or, when asked,
 * as suggestions to review (EXTRACTED, SUGGESTED), and its review as the record states it. A letter
 * already stored (same sha256) is skipped. Commits every {@code batchSize} letters; each letter is
 * whole or absent, as with {@link LetterImporter}.
 */
public final class AnnotatedLetterWriter implements AutoCloseable {

    /** One annotated letter; review values null mean UNREVIEWED, nobody, never verified. */
    public record Annotated(String fileName, String sourcePath, String sha256, String layout, String text,
                            LetterRecord record, ReviewStatus status, String reviewAnnotator,
                            OffsetDateTime verifiedAt) {
    }

    private final Database db;
    private final Connection c;
    private final int batchSize;
    private final boolean asSuggestions;
    private final String annotator;
    private int pending;

    /**
     * @param annotator     who the annotations are attributed to when the record names no reviewer
     * @param asSuggestions store them as suggestions to review instead of judged annotations
     */
    public AnnotatedLetterWriter(Database db, int batchSize, String annotator, boolean asSuggestions) {
        this.db = db;
        this.batchSize = Math.max(1, batchSize);
        this.annotator = annotator;
        this.asSuggestions = asSuggestions;
        try {
            c = db.connect();
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw Database.translate(db.base(), e);
        }
    }

    /** Stores the letter; false when a letter with its sha256 is already stored. */
    public boolean add(Annotated a) {
        var before = (java.sql.Savepoint) null;
        try {
            before = c.setSavepoint();
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM letter WHERE sha256 = ?")) {
                ps.setString(1, a.sha256());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            long id = insertLetter(a);
            String who = a.reviewAnnotator() != null ? a.reviewAnnotator() : annotator;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review (letter_id, annotator, status,"
                    + " verified_at, updated_at) VALUES (?,?,?,?,?)")) {
                ps.setLong(1, id);
                ps.setString(2, a.reviewAnnotator());
                ps.setString(3, (a.status() == null ? ReviewStatus.UNREVIEWED : a.status()).name());
                ps.setObject(4, a.verifiedAt());
                ps.setObject(5, SuggestionWriter.now());
                ps.executeUpdate();
            }
            writeSpans(id, a.record(), who);
            writeItems(id, a.record(), who);
            CorpusKeys.countItems(c, id);
            writeFields(id, FieldNames.values(a.record().fields()), who);
            if (++pending >= batchSize) {
                commit();
            }
            return true;
        } catch (SQLException e) {
            rollbackTo(before);
            throw Database.translate(db.base(), e);
        } catch (RuntimeException e) {
            rollbackTo(before);
            throw e;
        }
    }

    private String origin() {
        return asSuggestions ? "EXTRACTED" : "MANUAL";
    }

    private String state() {
        return asSuggestions ? "SUGGESTED" : "ACCEPTED";
    }

    private long insertLetter(Annotated a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO letter (sha256, file_name, source_path, layout,"
                + " text, imported_at, extractor_version, import_status) VALUES (?,?,?,?,?,?,?, 'OK')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a.sha256());
            ps.setString(2, a.fileName());
            ps.setString(3, a.sourcePath());
            ps.setString(4, a.layout());
            ps.setString(5, a.text());
            ps.setObject(6, SuggestionWriter.now());
            ps.setString(7, "imported");
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void writeSpans(long letterId, LetterRecord r, String who) throws SQLException {
        OffsetDateTime now = SuggestionWriter.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO span (letter_id, type, start_off, end_off, text,"
                + " value, origin, state, annotator, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Span s : r.spans()) {
                Object[] v = {letterId, s.type().name(), s.start(), s.end(), s.text(), s.value(), origin(), state(),
                        asSuggestions ? null : who, now, now};
                for (int i = 0; i < v.length; i++) {
                    ps.setObject(i + 1, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeItems(long letterId, LetterRecord r, String who) throws SQLException {
        OffsetDateTime now = SuggestionWriter.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (letter_id, position, treatment, drug,"
                + " strength, quantity, refills, decision, guidelines, pages, evidence_start, evidence_end, origin,"
                + " state, annotator, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Item it : r.items()) {
                Object[] cols = ItemValues.columns(it);
                ps.setLong(1, letterId);
                ps.setInt(2, position++);
                for (int i = 0; i < cols.length; i++) {
                    ps.setObject(3 + i, cols[i]);
                }
                ps.setString(13, origin());
                ps.setString(14, state());
                ps.setString(15, asSuggestions ? null : who);
                ps.setObject(16, now);
                ps.setObject(17, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeFields(long letterId, Map<String, String> fields, String who) throws SQLException {
        OffsetDateTime now = SuggestionWriter.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO field_value (letter_id, name, value, origin,"
                + " state, annotator, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                Object[] v = {letterId, f.getKey(), f.getValue(), origin(), state(), asSuggestions ? null : who, now,
                        now};
                for (int i = 0; i < v.length; i++) {
                    ps.setObject(i + 1, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void rollbackTo(java.sql.Savepoint sp) {
        if (sp == null) {
            return;
        }
        try {
            c.rollback(sp);
        } catch (SQLException ignored) {
            // the connection is gone; its open transaction dies with it
        }
    }

    public void commit() {
        try {
            c.commit();
            pending = 0;
        } catch (SQLException e) {
            throw Database.translate(db.base(), e);
        }
    }

    @Override
    public void close() {
        try {
            commit();
        } finally {
            try {
                c.close();
            } catch (SQLException ignored) {
                // committed above: nothing left to lose
            }
        }
    }
}
