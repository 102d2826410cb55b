package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The review queue by risk: keyset pages over the review index on (risk DESC, letter_id), so a
 * page costs the same at letter 100 as at letter 90,000. Filters are checked per row as the index
 * is walked (drug and decision through the item index).
 */
final class RiskQueue {

    private RiskQueue() {
    }

    static List<QueueEntry> page(Connection c, LetterQuery q, QueueEntry after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT l.id, l.file_name, l.layout, r.status, r.annotator, r.items,"
                + " r.risk, r.last_change,"
                + " (SELECT COUNT(*) FROM flag f WHERE f.letter_id = l.id AND f.dismissed_at IS NULL)"
                + " FROM review r JOIN letter l ON l.id = r.letter_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (after != null) {
            sql.append(" AND (r.risk < ? OR (r.risk = ? AND r.letter_id > ?))");
            args.add(after.risk());
            args.add(after.risk());
            args.add(after.letter().id());
        }
        if (q.status() != null) {
            sql.append(" AND r.status = ?");
            args.add(q.status().name());
        }
        if (q.annotator() != null) {
            sql.append(" AND r.annotator = ?");
            args.add(q.annotator());
        }
        if (q.drug() != null || q.decision() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM item d WHERE d.letter_id = l.id AND d.state <> 'REJECTED'");
            if (q.drug() != null) {
                sql.append(" AND d.drug = ?");
                args.add(q.drug());
            }
            if (q.decision() != null) {
                sql.append(" AND d.decision = ?");
                args.add(q.decision());
            }
            sql.append(")");
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" AND l.text ILIKE ? ESCAPE '\\'");
            args.add("%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY r.risk DESC, r.letter_id LIMIT ?");
        args.add(limit);
        List<QueueEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LetterSummary s = CorpusList.summary(rs);
                    out.add(new QueueEntry(s, s.risk(), rs.getInt(9)));
                }
            }
        }
        return out;
    }
}
