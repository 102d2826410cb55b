package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Blind double annotation (issue 6, decision 0007): a share of the unreviewed letters goes to two
 * annotators, each of whom gets a private copy of the extractor's suggestions in the assigned_*
 * tables. Neither copy touches the main set (span, item, field_value), and each annotator's
 * {@link AssignedReview} sees only its own copy.
 */
public final class Assignments {

    /** One annotator's assignment of one letter. */
    public record Assignment(long id, long letterId, String annotator, String batch, ReviewStatus status) {
    }

    /**
     * A letter given to two annotators: A is the first assigned ({@code assign --a}), B the second;
     * {@code main} is the main set's review status (VERIFIED once adjudicated).
     */
    public record DoubleAnnotated(long letterId, String fileName, String a, ReviewStatus aStatus, String b,
                                  ReviewStatus bStatus, ReviewStatus main) {

        public boolean bothDone() {
            return aStatus == ReviewStatus.VERIFIED && bStatus == ReviewStatus.VERIFIED;
        }
    }

    private final Database db;

    public Assignments(Database db) {
        this.db = db;
    }

    /**
     * Picks {@code share} (0..1] of the letters that are UNREVIEWED and not assigned yet, at random
     * but reproducibly ({@code seed}), and assigns each to both annotators. Returns the letter ids.
     */
    public List<Long> assign(double share, String a, String b, String batch, long seed) {
        if (!(share > 0 && share <= 1)) {
            throw new StoreException("--share must be more than 0 and at most 1 (0.10 is 10%), not " + share);
        }
        if (a.equals(b)) {
            throw new StoreException("the two annotators must differ (both are " + a + ")");
        }
        return Tx.run(db, c -> {
            List<Long> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.letter_id FROM review r WHERE r.status ="
                    + " 'UNREVIEWED' AND NOT EXISTS (SELECT 1 FROM assignment s WHERE s.letter_id = r.letter_id)"
                    + " ORDER BY r.letter_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
            int n = (int) Math.ceil(share * candidates.size());
            // a random order keyed on the seed: the same seed and corpus give the same letters
            SplittableRandom random = new SplittableRandom(seed);
            List<long[]> keyed = new ArrayList<>();
            for (long id : candidates) {
                keyed.add(new long[] {random.nextLong(), id});
            }
            keyed.sort(Comparator.comparingLong(k -> k[0]));
            List<Long> chosen = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                chosen.add(keyed.get(i)[1]);
            }
            chosen.sort(null);
            for (long letterId : chosen) {
                copy(c, letterId, a, batch);
                copy(c, letterId, b, batch);
            }
            return chosen;
        });
    }

    /** Makes the annotator's assignment of the letter with a copy of its suggestions. */
    static long copy(Connection c, long letterId, String annotator, String batch) throws SQLException {
        OffsetDateTime now = SuggestionWriter.now();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assignment (letter_id, annotator, batch, status,"
                + " assigned_at, updated_at) VALUES (?,?,?,'UNREVIEWED',?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, letterId);
            ps.setString(2, annotator);
            ps.setString(3, batch);
            ps.setObject(4, now);
            ps.setObject(5, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        // the extractor's suggestions only: a person's judgement in the main set must not leak
        SpanSuggestions.unpack(c, letterId);
        copyRows(c, id, letterId, now, "INSERT INTO assigned_span (assignment_id, letter_id, type, start_off, end_off,"
                + " text, value, origin, state, created_at, updated_at) SELECT ?, letter_id, type, start_off, end_off,"
                + " text, value, origin, 'SUGGESTED', ?, ? FROM span WHERE letter_id = ? AND origin = 'EXTRACTED'"
                + " ORDER BY start_off, id");
        copyRows(c, id, letterId, now, "INSERT INTO assigned_item (assignment_id, letter_id, position, treatment, drug,"
                + " strength, quantity, refills, decision, guidelines, pages, evidence_start, evidence_end, origin,"
                + " state, created_at, updated_at) SELECT ?, letter_id, position, treatment, drug, strength, quantity,"
                + " refills, decision, guidelines, pages, evidence_start, evidence_end, origin, 'SUGGESTED', ?, ?"
                + " FROM item WHERE letter_id = ? AND origin = 'EXTRACTED' ORDER BY position, id");
        copyRows(c, id, letterId, now, "INSERT INTO assigned_field (assignment_id, letter_id, name, value, origin,"
                + " state, created_at, updated_at) SELECT ?, letter_id, name, value, origin, 'SUGGESTED', ?, ?"
                + " FROM field_value WHERE letter_id = ? ORDER BY id");
        return id;
    }

    private static void copyRows(Connection c, long assignmentId, long letterId, OffsetDateTime now, String sql)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, assignmentId);
            ps.setObject(2, now);
            ps.setObject(3, now);
            ps.setLong(4, letterId);
            ps.executeUpdate();
        }
    }

    /** The letters assigned to both annotators, in id order; only those both VERIFIED unless {@code all}. */
    public List<Long> shared(String a, String b, boolean all) {
        return Tx.run(db, c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT x.letter_id FROM assignment x JOIN assignment y"
                    + " ON y.letter_id = x.letter_id WHERE x.annotator = ? AND y.annotator = ?"
                    + (all ? "" : " AND x.status = 'VERIFIED' AND y.status = 'VERIFIED'") + " ORDER BY x.letter_id")) {
                ps.setString(1, a);
                ps.setString(2, b);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** The annotator's assignments, in letter order. */
    public List<Assignment> of(String annotator) {
        return Tx.run(db, c -> {
            List<Assignment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, letter_id, annotator, batch, status"
                    + " FROM assignment WHERE annotator = ? ORDER BY letter_id")) {
                ps.setString(1, annotator);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                ReviewStatus.valueOf(rs.getString(5))));
                    }
                }
            }
            return out;
        });
    }

    /** Every double-annotated letter, in id order, whether the annotators are done or not. */
    public List<DoubleAnnotated> doubleAnnotated() {
        return Tx.run(db, c -> {
            List<DoubleAnnotated> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT x.letter_id, l.file_name, x.annotator, x.status,"
                    + " y.annotator, y.status, r.status FROM assignment x JOIN assignment y ON y.letter_id ="
                    + " x.letter_id AND y.id > x.id JOIN letter l ON l.id = x.letter_id JOIN review r"
                    + " ON r.letter_id = x.letter_id ORDER BY x.letter_id, x.id, y.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DoubleAnnotated(rs.getLong(1), rs.getString(2), rs.getString(3),
                            ReviewStatus.valueOf(rs.getString(4)), rs.getString(5),
                            ReviewStatus.valueOf(rs.getString(6)), ReviewStatus.valueOf(rs.getString(7))));
                }
            }
            return out;
        });
    }
}
