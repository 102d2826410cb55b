package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus list sorted by a column (decision 0010): keyset pages after the previous page's last
 * row (its value of the column and its id). Every query reads one table, the sorted column's (review,
 * or letter for the file name), with the other tables' filters as EXISTS, so H2 has no join order to
 * get wrong; the page's rows are then read by id. Two ways to find a page:
 * <ul>
 * <li><b>Walk</b>: the index on (column, letter id) is walked from the cursor, each letter checked
 * against the filters as it comes, until the page is full (LIMIT). One index range per query: the
 * cursor's ties, then the later values; a nullable column's NULLs are a range of their own.
 * <li><b>Few candidates</b>: when an indexed filter (drug/decision, status, annotator) matches at most
 * {@link #CANDIDATES} index rows, those letters are named (IN) and H2 sorts the ones after the cursor
 * that pass every filter. A walk would pass by too many letters that do not match.
 * </ul>
 * H2 costs about 5-10 us a letter walked or sorted on a busy 2-core machine, so a page reads at most a
 * few thousand; a filter that matches little but is not indexed (text) walks as far as it must, as it
 * does in letter order. Ties in the filter with the sorted column (the letters with the most items
 * seldom have the drug filtered for) make a walk longer: see the decision's figures.
 */
final class SortedCorpusList {

    /** At most this many index rows of one filter are sorted by H2 instead of walking the column's index. */
    static final int CANDIDATES = 2_500;

    /** Where a page starts: after this value of the column and this letter id. */
    record Cursor(Object value, long id) {
    }

    private final LetterQuery q;
    private final int candidates;
    private final CorpusSort sort;
    private final boolean keyDesc;
    private final boolean idDesc;
    /** The table read, its alias, and the column and letter id as the queries name them. */
    private final String from;
    private final String key;
    private final String id;
    private final String filters;
    private final List<Object> filterArgs = new ArrayList<>();

    SortedCorpusList(LetterQuery q) {
        this(q, CANDIDATES);
    }

    /** {@code candidates}: the few-candidates threshold (tests set it to take either way on a small database). */
    SortedCorpusList(LetterQuery q, int candidates) {
        if (q.sort() == null) {
            throw new IllegalArgumentException("not a sorted query: " + q);
        }
        this.q = q;
        this.candidates = candidates;
        this.sort = q.sort();
        this.keyDesc = q.descending();
        this.idDesc = q.descending() != sort.tiesReversed;
        boolean onLetter = sort.table.equals("letter");
        String t = onLetter ? "l" : "r";
        this.from = sort.table + " " + t;
        this.key = t + "." + sort.column;
        this.id = t + "." + sort.id;
        StringBuilder where = new StringBuilder();
        // review filters: directly on review; from letter, in an EXISTS that also drops letters without a
        // review row (failed imports), as the list's join does
        StringBuilder review = new StringBuilder();
        if (q.status() != null) {
            review.append(" AND r.status = ?");
            filterArgs.add(q.status().name());
        }
        if (q.annotator() != null) {
            review.append(" AND r.annotator = ?");
            filterArgs.add(q.annotator());
        }
        if (onLetter) {
            where.append(" AND EXISTS (SELECT 1 FROM review r WHERE r.letter_id = l.id").append(review).append(")");
        } else {
            where.append(review);
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(onLetter ? " AND l.text ILIKE ? ESCAPE '\\'"
                    : " AND EXISTS (SELECT 1 FROM letter l WHERE l.id = r.letter_id AND l.text ILIKE ? ESCAPE '\\')");
            filterArgs.add(CorpusList.likePattern(q.text()));
        }
        if (q.drug() != null || q.decision() != null) {
            // the item index on the drug (or decision) is sought for each letter: (value, letter) is its key
            String col = q.drug() != null ? "drug" : "decision";
            where.append(" AND EXISTS (SELECT 1 FROM item d USE INDEX (item_").append(col).append("_ix) WHERE d.")
                    .append(col).append(" = ? AND d.letter_id = ").append(id).append(" AND d.state <> 'REJECTED'");
            filterArgs.add(q.drug() != null ? q.drug() : q.decision());
            if (q.drug() != null && q.decision() != null) {
                where.append(" AND d.decision = ?");
                filterArgs.add(q.decision());
            }
            where.append(")");
        }
        filters = where.toString();
    }

    Cursor cursorAfter(LetterSummary row) {
        return row == null ? null : new Cursor(sort.valueOf(row), row.id());
    }

    List<LetterSummary> page(Connection c, Cursor after, int limit) throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        Set<Long> few = fewCandidates(c);
        List<Long> ids = few != null ? sortCandidates(c, few, after, limit) : walk(c, after, limit);
        return rows(c, ids);
    }

    private String order() {
        return " ORDER BY " + key + (keyDesc ? " DESC" : "") + ", " + id + (idDesc ? " DESC" : "");
    }

    // ---- few candidates: H2 sorts them ----

    /** The letters of the most selective indexed filter if it has at most {@code candidates} index rows; else null. */
    private Set<Long> fewCandidates(Connection c) throws SQLException {
        Set<Long> best = null;
        if (q.drug() != null || q.decision() != null) {
            // every item with the value, rejected or not: a superset; the filter itself is exact
            String col = q.drug() != null ? "drug" : "decision";
            best = smaller(best, probe(c, "SELECT letter_id FROM item USE INDEX (item_" + col + "_ix) WHERE " + col
                    + " = ? LIMIT ?", q.drug() != null ? q.drug() : q.decision()));
        }
        if (q.status() != null) {
            best = smaller(best, probe(c, "SELECT letter_id FROM review USE INDEX (review_status_ix)"
                    + " WHERE status = ? LIMIT ?", q.status().name()));
        }
        if (q.annotator() != null) {
            best = smaller(best, probe(c, "SELECT letter_id FROM review USE INDEX (review_annotator_ix)"
                    + " WHERE annotator = ? LIMIT ?", q.annotator()));
        }
        return best;
    }

    private static Set<Long> smaller(Set<Long> a, Set<Long> b) {
        if (b == null) {
            return a;
        }
        return a == null || b.size() < a.size() ? b : a;
    }

    /** The letters of an index range (read from the index alone), or null when it has more rows than the threshold. */
    private Set<Long> probe(Connection c, String sql, Object value) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, value);
            ps.setInt(2, candidates + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    ids.add(rs.getLong(1));
                }
            }
        }
        return rows > candidates ? null : ids;
    }

    private List<Long> sortCandidates(Connection c, Set<Long> candidates, Cursor after, int limit)
            throws SQLException {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(filterArgs);
        String keyset = keyset(after, args);
        // the ids as literals: H2 looks each one up and checks membership in a hash set; an array
        // parameter (= ANY(?)) is searched element by element for every row, so n ids cost n * n
        return ids(c, "SELECT " + key + ", " + id + " FROM " + from + " WHERE " + id + " IN (" + literals(candidates)
                + ")" + filters + keyset + order() + " LIMIT ?", args, limit);
    }

    /**
     * " AND (the rows after the cursor)" in this order: the cursor's ties with a later id, or a later
     * value. NULL is the lowest value (H2's default), so it comes first ascending and last descending.
     */
    private String keyset(Cursor after, List<Object> args) {
        if (after == null) {
            return "";
        }
        boolean isNull = after.value() == null;
        String tie = (isNull ? key + " IS NULL" : key + " = ?") + " AND " + id + (idDesc ? " < ?" : " > ?");
        if (!isNull) {
            args.add(after.value());
        }
        args.add(after.id());
        String later;
        if (!keyDesc) {
            later = isNull ? key + " IS NOT NULL" : key + " > ?";
        } else {
            later = isNull ? null : "(" + key + " < ? OR " + key + " IS NULL)";
        }
        if (!isNull) {
            args.add(after.value());
        }
        return " AND ((" + tie + ")" + (later == null ? "" : " OR " + later) + ")";
    }

    // ---- walk: the column's index, one range at a time ----

    /**
     * Up to {@code limit} matching letters after the cursor, walking the column's index. Each query is
     * one index range: the cursor's ties, then the later values; a nullable column's NULLs are a range
     * of their own (first ascending, last descending), and its non-null values are bounded below by the
     * column's lowest value, so that no range walks through the NULLs (a walk over an open range does).
     */
    private List<Long> walk(Connection c, Cursor at, int limit) throws SQLException {
        List<String> ranges = new ArrayList<>();
        List<List<Object>> rangeArgs = new ArrayList<>();
        if (at == null) {
            ranges.add("TRUE");
            rangeArgs.add(List.of());
        } else {
            boolean isNull = at.value() == null;
            String idAfter = id + (idDesc ? " < ?" : " > ?");
            ranges.add(isNull ? key + " IS NULL AND " + idAfter : key + " = ? AND " + idAfter);
            rangeArgs.add(isNull ? List.of(at.id()) : List.of(at.value(), at.id()));
            if (!keyDesc) {
                ranges.add(isNull ? key + " >= ?" : key + " > ?");
                rangeArgs.add(List.of(isNull ? sort.lowest : at.value()));
            } else if (!isNull) {
                ranges.add(sort.nullable() ? key + " < ? AND " + key + " >= ?" : key + " < ?");
                rangeArgs.add(sort.nullable() ? List.of(at.value(), sort.lowest) : List.of(at.value()));
                if (sort.nullable()) {
                    ranges.add(key + " IS NULL");
                    rangeArgs.add(List.of());
                }
            }
        }
        List<Long> out = new ArrayList<>();
        for (int r = 0; r < ranges.size() && out.size() < limit; r++) {
            List<Object> args = new ArrayList<>(rangeArgs.get(r));
            args.addAll(filterArgs);
            out.addAll(ids(c, "SELECT " + key + ", " + id + " FROM " + from + " USE INDEX (" + sort.index + ") WHERE "
                    + ranges.get(r) + filters + order() + " LIMIT ?", args, limit - out.size()));
        }
        return out;
    }

    private static List<Long> ids(Connection c, String sql, List<Object> args, int limit) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object a : args) {
                ps.setObject(i++, a);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** The list rows of these letters, in this order. */
    private static List<LetterSummary> rows(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LetterSummary> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(CorpusList.COLUMNS + " WHERE r.letter_id IN ("
                + literals(ids) + ")")) {
            for (LetterSummary s : CorpusList.read(ps, Integer.MAX_VALUE)) {
                byId.put(s.id(), s);
            }
        }
        List<LetterSummary> out = new ArrayList<>(ids.size());
        for (long i : ids) {
            LetterSummary s = byId.get(i);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String literals(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder(ids.size() * 7);
        for (long i : ids) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(i);
        }
        return sb.toString();
    }

}
