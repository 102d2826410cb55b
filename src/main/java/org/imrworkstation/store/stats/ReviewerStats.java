package org.imrworkstation.store.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.StoreException;

/**
 * Reviewer statistics, computed by H2's aggregates (GROUP BY, PERCENTILE_CONT) so that no letter or
 * span row leaves the database: the answers are a few dozen rows however large the corpus.
 *
 * <p>What counts is the current state of the main review set (review and span tables), not the
 * change log: an undone change has put the row back as it was, so it counts nowhere, and a redone
 * one counts once. The per-annotator copies of double annotation are not included.
 *
 * <ul>
 * <li>Letters verified: reviews now VERIFIED, by their annotator and the day of verified_at.
 * <li>Seconds per letter: seconds_spent of those reviews; median and p90 over the timed ones.
 * <li>Corrections: spans now carrying a reason code (judged, not a person's own addition withdrawn),
 *     by their current type and reason, attributed to who last judged them and when.
 * <li>Suggestions: extracted spans accepted, edited or rejected, and spans added by hand (missed).
 * </ul>
 */
public final class ReviewerStats {

    /** How a review row with no annotator (imported as verified without a name) is shown. */
    public static final String UNKNOWN = "(unknown)";

    private final Database db;

    public ReviewerStats(Database db) {
        this.db = db;
    }

    public ReviewerStatistics compute(StatsFilter f) {
        try (Connection c = db.connect()) {
            // one snapshot for all four figures, so that they agree with each other
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("SET TIME ZONE ?")) {
                    // CAST(timestamp with time zone AS DATE) takes the session's zone: the reviewer's day
                    ps.setString(1, f.zone().getId());
                    ps.execute();
                }
                List<VerifiedPerDay> perDay = verifiedPerDay(c, f);
                List<SecondsPerLetter> seconds = seconds(c, f);
                SpanTally tally = spans(c, f);
                c.commit();
                return new ReviewerStatistics(f, perDay, seconds, tally.corrections(), tally.suggestions());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("reviewer statistics: " + firstLine(e.getMessage()), e);
        }
    }

    private static List<VerifiedPerDay> verifiedPerDay(Connection c, StatsFilter f) throws SQLException {
        Where w = reviews(f);
        List<VerifiedPerDay> rows = new ArrayList<>();
        try (PreparedStatement ps = w.prepare(c, "SELECT COALESCE(annotator, '" + UNKNOWN + "') a,"
                + " CAST(verified_at AS DATE) d, COUNT(*) FROM review" + w.sql + " GROUP BY a, d ORDER BY d, a");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new VerifiedPerDay(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3)));
            }
        }
        return rows;
    }

    private static List<SecondsPerLetter> seconds(Connection c, StatsFilter f) throws SQLException {
        Where w = reviews(f);
        List<SecondsPerLetter> rows = new ArrayList<>();
        // NULLIF: an untimed letter is left out of the percentiles (they skip NULLs) but still counted
        try (PreparedStatement ps = w.prepare(c, "SELECT COALESCE(annotator, '" + UNKNOWN + "') a, COUNT(*),"
                + " COUNT(NULLIF(seconds_spent, 0)),"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY NULLIF(seconds_spent, 0)),"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY NULLIF(seconds_spent, 0))"
                + " FROM review" + w.sql + " GROUP BY a ORDER BY a");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new SecondsPerLetter(rs.getString(1), rs.getLong(2), rs.getLong(3), number(rs, 4),
                        number(rs, 5)));
            }
        }
        return rows;
    }

    private static Where reviews(StatsFilter f) {
        Where w = new Where(" WHERE status = 'VERIFIED' AND verified_at IS NOT NULL");
        f.start().ifPresent(t -> w.and("verified_at >= ?", t));
        f.end().ifPresent(t -> w.and("verified_at < ?", t));
        if (f.annotator() != null) {
            w.and("annotator = ?", f.annotator());
        }
        return w;
    }

    /**
     * One pass over the judged spans, grouped by everything both span figures need; the groups
     * (at most types x states x origins x reasons) are then folded here.
     */
    private static SpanTally spans(Connection c, StatsFilter f) throws SQLException {
        Where w = new Where(" WHERE state <> 'SUGGESTED'");
        f.start().ifPresent(t -> w.and("updated_at >= ?", t));
        f.end().ifPresent(t -> w.and("updated_at < ?", t));
        if (f.annotator() != null) {
            w.and("annotator = ?", f.annotator());
        }
        SpanTally tally = new SpanTally();
        try (PreparedStatement ps = w.prepare(c, "SELECT type, origin, state, reason, COUNT(*) FROM span"
                + w.sql + " GROUP BY type, origin, state, reason");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tally.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
            }
        }
        return tally;
    }

    private static double number(ResultSet rs, int col) throws SQLException {
        java.math.BigDecimal v = rs.getBigDecimal(col);
        return v == null ? Double.NaN : v.doubleValue();
    }

    private static String firstLine(String msg) {
        if (msg == null) {
            return "unknown error";
        }
        int nl = msg.indexOf('\n');
        return (nl < 0 ? msg : msg.substring(0, nl)).strip();
    }

    /** A WHERE clause with its parameters, built from the filter's optional parts. */
    private static final class Where {
        String sql;
        final List<Object> args = new ArrayList<>();

        Where(String sql) {
            this.sql = sql;
        }

        void and(String condition, Object arg) {
            sql += " AND " + condition;
            args.add(arg);
        }

        PreparedStatement prepare(Connection c, String query) throws SQLException {
            PreparedStatement ps = c.prepareStatement(query);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ps;
        }
    }

    /** Folds the span groups into corrections by type and reason and outcomes by type. */
    private static final class SpanTally {
        private final Map<String, Map<Reason, Long>> corrections = new java.util.TreeMap<>();
        private final Map<String, long[]> outcomes = new java.util.TreeMap<>();

        void add(String type, String origin, String state, String reason, long n) {
            boolean manual = "MANUAL".equals(origin);
            if (manual && "REJECTED".equals(state)) {
                return; // a reviewer withdrawing their own added span: no verdict on the extractor
            }
            if (reason != null) {
                corrections.computeIfAbsent(type, t -> new java.util.EnumMap<>(Reason.class))
                        .merge(Reason.valueOf(reason), n, Long::sum);
            }
            long[] o = outcomes.computeIfAbsent(type, t -> new long[4]);
            if (manual) {
                o[3] += n;
            } else if ("ACCEPTED".equals(state)) {
                o[0] += n;
            } else if ("EDITED".equals(state)) {
                o[1] += n;
            } else if ("REJECTED".equals(state)) {
                o[2] += n;
            }
        }

        List<CorrectionCount> corrections() {
            List<CorrectionCount> rows = new ArrayList<>();
            corrections.forEach((type, byReason) -> byReason.forEach((r, n) -> rows.add(new CorrectionCount(type, r, n))));
            return rows;
        }

        List<SuggestionOutcome> suggestions() {
            List<SuggestionOutcome> rows = new ArrayList<>();
            outcomes.forEach((type, o) -> rows.add(new SuggestionOutcome(type, o[0], o[1], o[2], o[3])));
            // where the extractor errs most first; types nobody judged (only missed ones) last
            rows.sort(Comparator.comparingDouble((SuggestionOutcome s) -> Double.isNaN(s.errorShare())
                    ? -1 : s.errorShare()).reversed().thenComparing(s -> -s.missed()).thenComparing(SuggestionOutcome::type));
            return rows;
        }
    }
}
