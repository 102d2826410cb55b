package org.imrworkstation.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.SpanSuggestions;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredField;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredSpan;

/**
 * The spans, items and fields of a chunk of letters, read in as few H2 row lookups as possible
 * (the part of {@link LetterStream} that is SQL).
 */
final class AnnotationRows {

    private AnnotationRows() {
    }

    /**
     * The rows of {@code table} for the chunk's letters. When the whole id window matched, the rows
     * are found by their primary key: rows are inserted a letter at a time, so a chunk's rows are
     * (nearly) one stretch of ids, and a primary-key range scan reads about three times faster in H2
     * than a walk of the letter_id index that looks every row up. Rows of other letters inside the
     * stretch are skipped; if the stretch is much longer than the chunk's rows (a row added long
     * after import), the index walk is used instead. A sparse filter uses an IN list of ids.
     */
    private static PreparedStatement select(Connection c, String select, String table, String order, long[] ids,
                                            long[] range) throws SQLException {
        if (range != null) {
            long[] stretch = stretch(c, table, range);
            if (stretch != null) {
                // no letter_id condition here, or H2 walks its index again: other letters' rows are
                // skipped by the caller (keep)
                PreparedStatement ps = c.prepareStatement(select + " WHERE id BETWEEN ? AND ?");
                ps.setLong(1, stretch[0]);
                ps.setLong(2, stretch[1]);
                return ps;
            }
            PreparedStatement ps = c.prepareStatement(select + " WHERE letter_id BETWEEN ? AND ? ORDER BY " + order);
            ps.setLong(1, range[0]);
            ps.setLong(2, range[1]);
            return ps;
        }
        StringBuilder sql = new StringBuilder(select).append(" WHERE letter_id IN (");
        for (int i = 0; i < ids.length; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        sql.append(") ORDER BY ").append(order);
        PreparedStatement ps = c.prepareStatement(sql.toString());
        for (int i = 0; i < ids.length; i++) {
            ps.setLong(i + 1, ids[i]);
        }
        return ps;
    }

    /** A row of a letter of this chunk (a primary-key stretch may hold rows of other letters). */
    private static boolean keep(long letterId, long[] range) {
        return range == null || letterId >= range[0] && letterId <= range[1];
    }

    /** {first id, last id} of the letters' rows when they lie close together, else null. */
    private static long[] stretch(Connection c, String table, long[] range) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(id), MAX(id) FROM " + table
                + " WHERE letter_id BETWEEN ? AND ?")) {
            ps.setLong(1, range[0]);
            ps.setLong(2, range[1]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                if (n == 0) {
                    return null;
                }
                long first = rs.getLong(2);
                long last = rs.getLong(3);
                return last - first + 1 <= 2 * n + 100 ? new long[] {first, last} : null;
            }
        }
    }

    private static final Comparator<StoredSpan> SPAN_ORDER = Comparator.comparingInt(StoredSpan::start)
            .thenComparingInt(StoredSpan::end).thenComparingLong(StoredSpan::id);

    static Map<Long, List<StoredSpan>> spans(Connection c, long[] ids, long[] range) throws SQLException {
        Map<Long, List<StoredSpan>> out = new HashMap<>();
        try (PreparedStatement ps = select(c, "SELECT letter_id, id, type, start_off, end_off, text, value, origin,"
                + " state, reason, annotator FROM span", "span", "letter_id", ids, range);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!keep(rs.getLong(1), range)) {
                    continue;
                }
                String reason = rs.getString(10);
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredSpan(rs.getLong(2),
                        SpanType.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7), Origin.valueOf(rs.getString(8)), State.valueOf(rs.getString(9)),
                        reason == null ? null : Reason.valueOf(reason), rs.getString(11)));
            }
        }
        // letters nobody has opened keep their suggestions packed (decision 0011); read, not unpacked
        if (ids.length > 0) {
            java.util.Set<Long> wanted = new java.util.HashSet<>();
            for (long id : ids) {
                wanted.add(id);
            }
            SpanSuggestions.read(c, ids[0], ids[ids.length - 1]).forEach((letter, packed) -> {
                if (wanted.contains(letter)) {
                    out.computeIfAbsent(letter, k -> new ArrayList<>()).addAll(packed);
                }
            });
        }
        out.values().forEach(l -> l.sort(SPAN_ORDER)); // the letter store's order: start, end, id
        return out;
    }

    static Map<Long, List<StoredItem>> items(Connection c, long[] ids, long[] range) throws SQLException {
        Map<Long, List<StoredItem>> out = new HashMap<>();
        try (PreparedStatement ps = select(c, "SELECT letter_id, id, position, treatment, drug, strength, quantity,"
                + " refills, decision, guidelines, pages, evidence_start, evidence_end, origin, state, annotator,"
                + " frequency, daily_dose FROM item", "item", "letter_id, position, id", ids, range);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!keep(rs.getLong(1), range)) {
                    continue;
                }
                String decision = rs.getString(9);
                String guidelines = rs.getString(10);
                Item item = new Item(rs.getString(4), rs.getString(5), rs.getString(6), (Integer) rs.getObject(7),
                        (Integer) rs.getObject(8), decision == null ? null : Decision.valueOf(decision),
                        guidelines == null || guidelines.isEmpty() ? List.of() : Arrays.asList(guidelines.split(",")),
                        rs.getString(11), rs.getString(17), rs.getString(18), (Integer) rs.getObject(12),
                        (Integer) rs.getObject(13));
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredItem(rs.getLong(2),
                        rs.getInt(3), item, Origin.valueOf(rs.getString(14)), State.valueOf(rs.getString(15)),
                        rs.getString(16)));
            }
        }
        // a primary-key scan returns id order: put each letter's items in the store's order
        out.values().forEach(l -> l.sort(Comparator.comparingInt(StoredItem::position)
                .thenComparingLong(StoredItem::id)));
        return out;
    }

    static Map<Long, List<StoredField>> fields(Connection c, long[] ids, long[] range) throws SQLException {
        Map<Long, List<StoredField>> out = new HashMap<>();
        try (PreparedStatement ps = select(c, "SELECT letter_id, id, name, value, evidence_span_id, origin, state,"
                + " annotator FROM field_value", "field_value", "letter_id, id", ids, range);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!keep(rs.getLong(1), range)) {
                    continue;
                }
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredField(rs.getLong(2),
                        rs.getString(3), rs.getString(4), (Long) rs.getObject(5), Origin.valueOf(rs.getString(6)),
                        State.valueOf(rs.getString(7)), rs.getString(8)));
            }
        }
        return out;
    }
}
