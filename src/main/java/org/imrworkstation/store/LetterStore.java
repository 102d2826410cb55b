package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;

/** Reading the store: the status figures, the filtered corpus list, one letter with its annotations. */
public final class LetterStore {

    private final Database db;

    public LetterStore(Database db) {
        this.db = db;
    }

    public StoreStatus status() {
        return Tx.run(db, c -> {
            long letters = count(c, "SELECT COUNT(*) FROM letter WHERE import_status = 'OK'");
            long failed = count(c, "SELECT COUNT(*) FROM letter WHERE import_status = 'FAILED'");
            Map<String, Long> byStatus = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM review GROUP BY status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, Long> versions = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT extractor_version, COUNT(*) FROM letter"
                    + " WHERE import_status = 'OK' GROUP BY extractor_version ORDER BY extractor_version");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new StoreStatus(letters, failed, byStatus.getOrDefault("UNREVIEWED", 0L),
                    byStatus.getOrDefault("IN_PROGRESS", 0L), byStatus.getOrDefault("VERIFIED", 0L),
                    byStatus.getOrDefault("FLAGGED", 0L), versions);
        });
    }

    /**
     * One page of the corpus list: the letters after {@code afterId} (0 for the first page) that match
     * the query, in id order. Keyset paging, so page 1,000 costs what page 1 does. A sorted query
     * starts after that letter's place in the order as its values are now; the window pages with
     * {@link #list(LetterQuery, LetterSummary, int)} instead, after the row as it was read.
     */
    public List<LetterSummary> list(LetterQuery q, long afterId, int limit) {
        if (q.sort() != null) {
            return Tx.run(db, c -> {
                LetterSummary after = afterId == 0 ? null : summary(c, afterId)
                        .orElseThrow(() -> new StoreException("no letter " + afterId + " in the corpus list"));
                SortedCorpusList query = new SortedCorpusList(q);
                return query.page(c, query.cursorAfter(after), limit);
            });
        }
        CorpusList query = new CorpusList(q);
        return Tx.run(db, c -> query.page(c, afterId, limit));
    }

    /**
     * One page of the corpus list in the query's order (decision 0010): the letters that match it and
     * come after {@code after}, the previous page's last row as it was read (null for the first page).
     * Keyset paging by that row's value of the sorted column and its id, so a page deep in the list
     * costs what the first does. Without a sort, the same as {@code list(q, after.id(), limit)}.
     */
    public List<LetterSummary> list(LetterQuery q, LetterSummary after, int limit) {
        if (q.sort() == null) {
            return list(q, after == null ? 0 : after.id(), limit);
        }
        SortedCorpusList query = new SortedCorpusList(q);
        return Tx.run(db, c -> query.page(c, query.cursorAfter(after), limit));
    }

    private static Optional<LetterSummary> summary(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CorpusList.COLUMNS + " WHERE r.letter_id = ?")) {
            ps.setLong(1, letterId);
            return CorpusList.read(ps, 1).stream().findFirst();
        }
    }

    /**
     * The table details of the given letters (one page of the corpus list), by letter id. One query
     * per page, so a page of 200 costs what one letter does.
     */
    public Map<Long, LetterDetails> details(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Tx.run(db, c -> {
            Map<Long, LetterDetails> m = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.id,"
                    + " (SELECT LISTAGG(DISTINCT i.decision, ', ') WITHIN GROUP (ORDER BY i.decision) FROM item i"
                    + "  WHERE i.letter_id = l.id AND i.state <> 'REJECTED'),"
                    + " (SELECT LISTAGG(DISTINCT i.drug, ', ') WITHIN GROUP (ORDER BY i.drug) FROM item i"
                    + "  WHERE i.letter_id = l.id AND i.state <> 'REJECTED')"
                    + " FROM letter l WHERE l.id = ANY(?)")) {
                ps.setObject(1, ids.toArray(new Long[0]));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.put(rs.getLong(1), new LetterDetails(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return m;
        });
    }

    /** How many letters the annotator has verified since the given time (the status bar's "today"). */
    public long verifiedSince(OffsetDateTime since, String annotator) {
        return Tx.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM review WHERE status = 'VERIFIED'"
                    + " AND annotator = ? AND verified_at >= ?")) {
                ps.setString(1, annotator);
                ps.setObject(2, since);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The drugs of the (not rejected) items with their letter counts, most frequent first: a filter's choices. */
    public Map<String, Long> drugs() {
        return Tx.run(db, c -> {
            Map<String, Long> m = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT drug, COUNT(DISTINCT letter_id) n FROM item"
                    + " WHERE drug IS NOT NULL AND state <> 'REJECTED' GROUP BY drug ORDER BY n DESC, drug");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getLong(2));
                }
            }
            return m;
        });
    }

    /** The id of the stored letter (import OK) with this content hash: how a gold record finds its letter again. */
    public java.util.OptionalLong idOf(String sha256) {
        return Tx.run(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM letter WHERE sha256 = ? AND import_status = 'OK'")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.OptionalLong.of(rs.getLong(1)) : java.util.OptionalLong.empty();
                }
            }
        });
    }

    /** A stored letter (import OK) with its spans, items, fields and review; empty if there is none. */
    public Optional<StoredLetter> load(long id) {
        return Tx.run(db, c -> load(c, id));
    }

    static Optional<StoredLetter> load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, file_name, source_path, layout, text,"
                + " extractor_version FROM letter WHERE id = ? AND import_status = 'OK'")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredLetter(id, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), spans(c, id), items(c, id),
                        fields(c, id), review(c, id)));
            }
        }
    }

    /** The letter's span rows; packed suggestions become rows first (decision 0011), so every span has an id. */
    static List<StoredSpan> spans(Connection c, long letterId) throws SQLException {
        SpanSuggestions.unpack(c, letterId);
        return SpanRows.list(c, SpanRows.Table.LETTER, letterId);
    }

    static List<StoredItem> items(Connection c, long letterId) throws SQLException {
        List<StoredItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, position, treatment, drug, strength, quantity,"
                + " refills, decision, guidelines, pages, evidence_start, evidence_end, origin, state, annotator,"
                + " frequency, daily_dose FROM item WHERE letter_id = ? ORDER BY position, id")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String decision = rs.getString(8);
                    String guidelines = rs.getString(9);
                    Item item = new Item(rs.getString(3), rs.getString(4), rs.getString(5),
                            (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                            decision == null ? null : Decision.valueOf(decision),
                            guidelines == null || guidelines.isEmpty() ? List.of()
                                    : Arrays.asList(guidelines.split(",")),
                            rs.getString(10), rs.getString(16), rs.getString(17), (Integer) rs.getObject(11),
                            (Integer) rs.getObject(12));
                    out.add(new StoredItem(rs.getLong(1), rs.getInt(2), item, Origin.valueOf(rs.getString(13)),
                            State.valueOf(rs.getString(14)), rs.getString(15)));
                }
            }
        }
        return out;
    }

    static List<StoredField> fields(Connection c, long letterId) throws SQLException {
        List<StoredField> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, value, evidence_span_id, origin, state,"
                + " annotator FROM field_value WHERE letter_id = ? ORDER BY id")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredField(rs.getLong(1), rs.getString(2), rs.getString(3),
                            (Long) rs.getObject(4), Origin.valueOf(rs.getString(5)), State.valueOf(rs.getString(6)),
                            rs.getString(7)));
                }
            }
        }
        return out;
    }

    static Review review(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status, annotator, comment, seconds_spent,"
                + " verified_at FROM review WHERE letter_id = ?")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Review(ReviewStatus.UNREVIEWED, null, null, 0, null);
                }
                return new Review(ReviewStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getObject(5, OffsetDateTime.class));
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
