package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.h2.api.ErrorCode;

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
    private final PreparedStatement insertLetter;
    private final PreparedStatement insertReview;
    private final PreparedStatement dropFailed;
    // source paths with a FAILED row: few, so the common letter skips the DELETE's index probe
    private final java.util.Set<String> failedPaths = new java.util.HashSet<>();
    private int pending;
    // the letters and failures of the open transaction, to write again if one fails half-way
    private final java.util.List<Object> uncommitted = new java.util.ArrayList<>();
    private long committed;

    public LetterImporter(Database db, int batchSize) {
        this.db = db;
        this.batchSize = Math.max(1, batchSize);
        try {
            c = db.connect();
            c.setAutoCommit(false);
            insertLetter = c.prepareStatement("INSERT INTO letter (sha256, file_name, source_path, layout, text,"
                    + " imported_at, extractor_version, import_status, failure_reason) VALUES (?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS);
            insertReview = c.prepareStatement(
                    "INSERT INTO review (letter_id, status, updated_at, base_risk, risk, items)"
                    + " VALUES (?, 'UNREVIEWED', ?, ?, ?, ?)");
            // a file that failed before and is imported again replaces its old failure
            dropFailed = c.prepareStatement("DELETE FROM letter WHERE source_path = ? AND import_status = 'FAILED'");
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT source_path FROM letter WHERE import_status = 'FAILED'")) {
                while (rs.next()) {
                    failedPaths.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw Database.translate(db.base(), e);
        }
    }

    public Outcome add(ExtractedLetter letter) {
        try {
            Outcome outcome = write(letter);
            if (outcome == Outcome.IMPORTED) {
                uncommitted.add(letter);
                countAndMaybeCommit();
            }
            return outcome;
        } catch (SQLException | RuntimeException e) {
            undoHalfLetter(e); // never commit half a letter with the rest of the batch
            throw e instanceof SQLException sql ? Database.translate(db.base(), sql) : (RuntimeException) e;
        }
    }

    private Outcome write(ExtractedLetter letter) throws SQLException {
        // No SELECT first: the unique index on sha256 answers "already stored?" as part of the insert
        // (a query a letter was 7% of the writer). H2 undoes only the failed statement, not the batch.
        long id;
        try {
            id = insertLetter(letter.sha256(), letter.fileName(), letter.sourcePath(),
                    letter.record().layout() == null ? null : letter.record().layout().name(), letter.text(),
                    letter.extractorVersion(), "OK", null);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1 && letter.sha256() != null) {
                return Outcome.DUPLICATE;
            }
            throw e;
        }
        dropFailed(letter.sourcePath());
        Assessment checks = letter.assessment() != null ? letter.assessment()
                : Assessment.of(letter.record(), letter.text());
        insertReview.setLong(1, id);
        insertReview.setObject(2, SuggestionWriter.now());
        insertReview.setInt(3, checks.baseRisk());
        insertReview.setInt(4, checks.risk());
        insertReview.setInt(5, letter.record().items().size()); // every item is written, as a suggestion
        insertReview.executeUpdate();
        SuggestionWriter.write(c, id, letter.record(), checks.confidences());
        LetterAssessment.writeNew(c, id, checks);
        return Outcome.IMPORTED;
    }

    /** Records a file that could not be read or extracted, with its one-line reason. */
    public void failed(String fileName, String sourcePath, String reason) {
        Failure f = new Failure(fileName, sourcePath, reason);
        try {
            write(f);
            uncommitted.add(f);
            countAndMaybeCommit();
        } catch (SQLException | RuntimeException e) {
            undoHalfLetter(e);
            throw e instanceof SQLException sql ? Database.translate(db.base(), sql) : (RuntimeException) e;
        }
    }

    private record Failure(String fileName, String sourcePath, String reason) {
    }

    private void write(Failure f) throws SQLException {
        dropFailed(f.sourcePath());
        insertLetter(null, f.fileName(), f.sourcePath(), null, null, null, "FAILED", truncate(f.reason(), 2000));
        failedPaths.add(truncate(f.sourcePath(), 4000));
    }

    /**
     * Takes a half-written letter out of the open transaction. A savepoint per letter would do it
     * directly but costs H2 a statement for every letter (2% of the writer thread); a failure is
     * rare, so the transaction is rolled back instead and its whole letters are written again.
     */
    private void undoHalfLetter(Exception cause) {
        try {
            c.rollback();
            for (Object o : uncommitted) {
                if (o instanceof ExtractedLetter l) {
                    write(l);
                } else {
                    write((Failure) o);
                }
            }
        } catch (SQLException | RuntimeException again) {
            // the letters of this batch are lost, not half-kept: the next import adds them
            cause.addSuppressed(again);
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; its open transaction dies with it
            }
            uncommitted.clear();
            pending = 0;
        }
    }

    /**
     * Removes the path's failure row, if any. Only this class writes FAILED rows and one process
     * holds the database (decision 0005), so the set read at the start stays true; a rolled-back
     * failure leaves a path in it, which costs one DELETE that finds nothing.
     */
    private void dropFailed(String sourcePath) throws SQLException {
        String path = truncate(sourcePath, 4000);
        if (!failedPaths.contains(path)) {
            return;
        }
        dropFailed.setString(1, path);
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
            uncommitted.clear();
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
