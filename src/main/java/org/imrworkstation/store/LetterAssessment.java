package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imrworkstation.check.CheckReport;
import org.imrworkstation.check.Flag;
import org.imrworkstation.check.RiskScore;
import org.imrworkstation.record.LetterRecord;

/**
 * Runs the checks on a letter as it is stored (import, re-extraction) and keeps their result: the
 * flags, and the risk that orders the review queue. A flag a clerk dismissed stays dismissed: the
 * same finding (kind and message) is not raised again.
 */
final class LetterAssessment {

    private LetterAssessment() {
    }

    /**
     * A newly imported letter's flags (its review row, made with the risk, is written by the
     * importer): nothing to replace or keep, so one insert at most.
     */
    static void writeNew(Connection c, long letterId, Assessment a) throws SQLException {
        insertFlags(c, letterId, a, Set.of());
    }

    /** Replaces the letter's undismissed flags by the checks' findings and sets its risk. */
    static void write(Connection c, long letterId, LetterRecord record, String text) throws SQLException {
        Assessment a = Assessment.of(record, text);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM flag WHERE letter_id = ? AND dismissed_at IS NULL")) {
            ps.setLong(1, letterId);
            ps.executeUpdate();
        }
        insertFlags(c, letterId, a, dismissed(c, letterId));
        try (PreparedStatement ps = c.prepareStatement("UPDATE review SET base_risk = ? WHERE letter_id = ?")) {
            ps.setInt(1, a.baseRisk());
            ps.setLong(2, letterId);
            ps.executeUpdate();
        }
        updateRisk(c, letterId);
    }

    private static void insertFlags(Connection c, long letterId, Assessment a, Set<String> dismissed)
            throws SQLException {
        CheckReport report = a.report();
        if (report.flags().isEmpty()) {
            return;
        }
        OffsetDateTime now = SuggestionWriter.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO flag (letter_id, kind, severity, message,"
                + " where_json, created_at, updated_at) VALUES (?,?,?,?,?,?,?)")) {
            for (int i = 0; i < report.flags().size(); i++) {
                Flag f = report.flags().get(i);
                if (dismissed.contains(f.kind().name() + "\n" + f.message())) {
                    continue;
                }
                ps.setLong(1, letterId);
                ps.setString(2, f.kind().name());
                ps.setString(3, f.severity().name());
                ps.setString(4, f.message());
                ps.setString(5, a.flagWhere()[i]);
                ps.setObject(6, now);
                ps.setObject(7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** risk = base risk + the weights of the undismissed flags (after a dismissal or its undo, too). */
    static void updateRisk(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE review SET risk = base_risk + COALESCE((SELECT"
                + " SUM(CASE severity WHEN 'ERROR' THEN " + RiskScore.weight(org.imrworkstation.check.Severity.ERROR)
                + " WHEN 'WARNING' THEN " + RiskScore.weight(org.imrworkstation.check.Severity.WARNING)
                + " ELSE " + RiskScore.weight(org.imrworkstation.check.Severity.INFO) + " END)"
                + " FROM flag f WHERE f.letter_id = ? AND f.dismissed_at IS NULL), 0) WHERE letter_id = ?")) {
            ps.setLong(1, letterId);
            ps.setLong(2, letterId);
            ps.executeUpdate();
        }
    }

    private static Set<String> dismissed(Connection c, long letterId) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, message FROM flag WHERE letter_id = ?"
                + " AND dismissed_at IS NOT NULL")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "\n" + rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * The JSON Jackson writes for the list ({@code [{"start":1,"end":9}]}), built directly: two
     * numbers a stretch need no escaping, and Jackson's reflective record writer was a fifth of the
     * checks' time on an import's extraction threads. LetterAssessmentTest holds the two equal.
     */
    static String whereJson(List<Flag.Where> where) {
        StringBuilder json = new StringBuilder(2 + where.size() * 24).append('[');
        for (int i = 0; i < where.size(); i++) {
            Flag.Where w = where.get(i);
            json.append(i == 0 ? "" : ",").append("{\"start\":").append(w.start()).append(",\"end\":")
                    .append(w.end()).append('}');
        }
        return json.append(']').toString();
    }
}
