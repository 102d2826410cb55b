package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The corpus list query: keyset pages in letter-id order that never make H2 sort a whole match
 * set. With a drug or decision, the item index on it is walked in letter order first (a query on
 * one table, so H2 cannot pick a worse join order) and the letters found are then checked against
 * the other filters; the walk goes on until the page is full. Without one, the review index on
 * status or annotator (or its key) is walked directly. Drug and decision together mean one item
 * with both ("Norco, upheld"). A query sorted by a column pages through {@link SortedCorpusList} instead.
 */
final class CorpusList {

    /** A list row's columns; {@link #read} reads them. items, risk and last_change are kept in the review row. */
    static final String COLUMNS = "SELECT l.id, l.file_name, l.layout, r.status, r.annotator, r.items, r.risk,"
            + " r.last_change FROM review r JOIN letter l ON l.id = r.letter_id";

    private final String driverSql;
    private final List<Object> driverArgs = new ArrayList<>();
    private final String pageSql;
    private final List<Object> pageArgs = new ArrayList<>();

    CorpusList(LetterQuery q) {
        StringBuilder where = new StringBuilder();
        reviewAndTextFilters(q, where, pageArgs);
        if (q.drug() != null || q.decision() != null) {
            String col = q.drug() != null ? "drug" : "decision";
            driverArgs.add(q.drug() != null ? q.drug() : q.decision());
            String both = "";
            if (q.drug() != null && q.decision() != null) {
                both = " AND d.decision = ?";
                driverArgs.add(q.decision());
            }
            driverSql = "SELECT d.letter_id FROM item d WHERE d." + col + " = ?" + both
                    + " AND d.state <> 'REJECTED' AND d.letter_id > ? ORDER BY d." + col + ", d.letter_id LIMIT ?";
            pageSql = COLUMNS + " WHERE r.letter_id = ANY(?)" + where + " ORDER BY r.letter_id";
        } else {
            driverSql = null;
            String order = q.status() != null ? "r.status, r.letter_id"
                    : q.annotator() != null ? "r.annotator, r.letter_id" : "r.letter_id";
            pageSql = COLUMNS + " WHERE r.letter_id > ?" + where + " ORDER BY " + order + " LIMIT ?";
        }
    }

    /** The status, annotator and text filters as " AND ..." on review r and letter l, with their arguments. */
    static void reviewAndTextFilters(LetterQuery q, StringBuilder where, List<Object> args) {
        if (q.status() != null) {
            where.append(" AND r.status = ?");
            args.add(q.status().name());
        }
        if (q.annotator() != null) {
            where.append(" AND r.annotator = ?");
            args.add(q.annotator());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND l.text ILIKE ? ESCAPE '\\'");
            args.add(likePattern(q.text()));
        }
    }

    /** The text search as an ILIKE pattern (escape character backslash): the text anywhere, taken literally. */
    static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    List<LetterSummary> page(Connection c, long afterId, int limit) throws SQLException {
        return driverSql == null ? direct(c, afterId, limit) : driven(c, afterId, limit);
    }

    private List<LetterSummary> direct(Connection c, long afterId, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(pageSql)) {
            int i = 1;
            ps.setLong(i++, afterId);
            for (Object a : pageArgs) {
                ps.setObject(i++, a);
            }
            ps.setInt(i, limit);
            return read(ps, limit);
        }
    }

    private List<LetterSummary> driven(Connection c, long afterId, int limit) throws SQLException {
        List<LetterSummary> page = new ArrayList<>();
        long after = afterId;
        int chunk = Math.max(limit, 100) * 2;
        try (PreparedStatement driver = c.prepareStatement(driverSql);
             PreparedStatement summaries = c.prepareStatement(pageSql)) {
            while (page.size() < limit) {
                int i = 1;
                for (Object a : driverArgs) {
                    driver.setObject(i++, a);
                }
                driver.setLong(i++, after);
                driver.setInt(i, chunk);
                LinkedHashSet<Long> ids = new LinkedHashSet<>();
                int rows = 0;
                try (ResultSet rs = driver.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = rs.getLong(1);
                        ids.add(after);
                    }
                }
                if (!ids.isEmpty()) {
                    summaries.setObject(1, ids.toArray(new Long[0]));
                    int j = 2;
                    for (Object a : pageArgs) {
                        summaries.setObject(j++, a);
                    }
                    page.addAll(read(summaries, limit - page.size()));
                }
                if (rows < chunk) {
                    break;
                }
            }
        }
        return page;
    }

    static List<LetterSummary> read(PreparedStatement ps, int max) throws SQLException {
        List<LetterSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next() && out.size() < max) {
                out.add(summary(rs));
            }
        }
        return out;
    }

    /** The row of {@link #COLUMNS} the result set is on. */
    static LetterSummary summary(ResultSet rs) throws SQLException {
        return new LetterSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                ReviewStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getInt(7),
                rs.getObject(8, java.time.OffsetDateTime.class));
    }
}
