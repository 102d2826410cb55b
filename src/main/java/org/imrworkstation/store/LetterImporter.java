package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * Stores letters with their suggestions, committing every {@code batchSize} letters: a letter and
 * its spans, items, fields and review row are always in the same transaction, so a killed import
 * leaves whole letters only, and running it again skips them as duplicates (same sha256).
 */
public final class LetterImporter implements AutoCloseable {

    /** What became of one letter. */
    public enum Outcome { IMPORTED, DUPLICATE, FAILED }

    private final Database db;
    private final Connection c;
    private final int batchSize;
    private final PreparedStatement findSha;
    private final PreparedStatement insertLetter;
    private final PreparedStatement insertReview;
    private final PreparedStatement dropFailed;
    private int pending;
    private long committed;

    public LetterImporter(Database db, int batchSize) {
        this.db = db;
        this.batchSize = Math.max(1, batchSize);
        try {
            c = db.connect();
            c.setAutoCommit(false);
            findSha = c.prepareStatement("SELECT 1 FROM letter WHERE sha256 = ?");
            insertLetter = c.prepareStatement("INSERT INTO letter (sha256, file_name, source_path, layout, text,"
                    + " imported_at, extractor_version, import_status, failure_reason) VALUES (?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS);
            insertReview = c.prepareStatement(
                    "INSERT INTO review (letter_id, status, updated_at, base_risk, risk) VALUES (?, 'UNREVIEWED', ?, ?, ?)");
            // a file that failed before and is imported again replaces its old failure
            dropFailed = c.prepareStatement("DELETE FROM letter WHERE source_path = ? AND import_status = 'FAILED'");
        } catch (SQLException e) {
            throw Database.translate(db.base(), e);
        }
    }

    public Outcome add(ExtractedLetter letter) {
        Savepoint before = null;
        try {
            before = c.setSavepoint();
            findSha.setString(1, letter.sha256());
            try (ResultSet rs = findSha.executeQuery()) {
                if (rs.next()) {
                    return Outcome.DUPLICATE;
                }
            }
            dropFailed(letter.sourcePath());
            long id = insertLetter(letter.sha256(), letter.fileName(), letter.sourcePath(),
                    letter.record().layout() == null ? null : letter.record().layout().name(), letter.text(),
                    letter.extractorVersion(), "OK", null);
            Assessment checks = letter.assessment() != null ? letter.assessment()
                    : Assessment.of(letter.record(), letter.text());
            insertReview.setLong(1, id);
            insertReview.setObject(2, SuggestionWriter.now());
            insertReview.setInt(3, checks.baseRisk());
            insertReview.setInt(4, checks.risk());
            insertReview.executeUpdate();
            SuggestionWriter.write(c, id, letter.record(), checks.confidences());
            LetterAssessment.writeNew(c, id, checks);
            countAndMaybeCommit();
            return Outcome.IMPORTED;
        } catch (SQLException | RuntimeException e) {
            rollbackTo(before); // never commit half a letter with the rest of the batch
            throw e instanceof SQLException sql ? Database.translate(db.base(), sql) : (RuntimeException) e;
        }
    }

    /** Records a file that could not be read or extracted, with its one-line reason. */
    public void failed(String fileName, String sourcePath, String reason) {
        try {
            dropFailed(sourcePath);
            insertLetter(null, fileName, sourcePath, null, null, null, "FAILED", truncate(reason, 2000));
            countAndMaybeCommit();
        } catch (SQLException e) {
            throw Database.translate(db.base(), e);
        }
    }

    private void rollbackTo(Savepoint sp) {
        if (sp == null) {
            return;
        }
        try {
            c.rollback(sp);
        } catch (SQLException ignored) {
            // the connection is gone; its open transaction dies with it
        }
    }

    private void dropFailed(String sourcePath) throws SQLException {
        dropFailed.setString(1, sourcePath);
        dropFailed.executeUpdate();
    }

    private long insertLetter(String sha, String fileName, String source, String layout, String text,
                              String version, String status, String reason) throws SQLException {
        insertLetter.setString(1, sha);
        insertLetter.setString(2, truncate(fileName, 1000));
        insertLetter.setString(3, truncate(source, 4000));
        insertLetter.setString(4, layout);
        insertLetter.setString(5, text);
        insertLetter.setObject(6, OffsetDateTime.now(java.time.ZoneOffset.UTC));
        insertLetter.setString(7, version);
        insertLetter.setString(8, status);
        insertLetter.setString(9, reason);
        insertLetter.executeUpdate();
        try (ResultSet keys = insertLetter.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void countAndMaybeCommit() throws SQLException {
        if (++pending >= batchSize) {
            commit();
        }
    }

    /** Commits the letters added so far. */
    public void commit() {
        try {
            c.commit();
            committed += pending;
            pending = 0;
        } catch (SQLException e) {
            throw Database.translate(db.base(), e);
        }
    }

    /** Letters (and failures) committed so far. */
    public long committed() {
        return committed;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() {
        try {
            commit();
        } finally {
            try {
                c.close();
            } catch (SQLException e) {
                // closing after a commit: nothing left to lose
            }
        }
    }
}
