package org.imrworkstation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.check.Flag;
import org.imrworkstation.check.FlagKind;
import org.imrworkstation.check.Severity;
import org.imrworkstation.record.RecordJson;

/**
 * The checks' flags and the risk-ordered review queue. Dismissing a flag is a reviewer's change and
 * goes through {@link ReviewService#dismissFlag}; this class only reads.
 */
public final class FlagStore {

    private final Database db;

    public FlagStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    /** The letter's flags, standing ones first, most severe first. */
    public List<StoredFlag> flags(long letterId) {
        return Tx.run(db, c -> flags(c, letterId));
    }

    static List<StoredFlag> flags(Connection c, long letterId) throws SQLException {
        List<StoredFlag> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, severity, message, where_json,"
                + " dismissed_by, dismissed_at, dismiss_reason FROM flag WHERE letter_id = ?"
                + " ORDER BY dismissed_at IS NOT NULL, CASE severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1"
                + " ELSE 2 END, id")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredFlag(rs.getLong(1), letterId, FlagKind.valueOf(rs.getString(2)),
                            Severity.valueOf(rs.getString(3)), rs.getString(4), where(rs.getString(5)),
                            rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8)));
                }
            }
        }
        return out;
    }

    /**
     * Every dismissed finding, by letter, as "KIND\nmessage": what an export leaves out when it runs
     * the checks again on the corrected letters. Few rows (clerks dismiss by hand), read at once.
     */
    public java.util.Map<Long, java.util.Set<String>> dismissedFindings() {
        return Tx.run(db, c -> {
            java.util.Map<Long, java.util.Set<String>> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT letter_id, kind, message FROM flag"
                    + " WHERE dismissed_at IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
                            .add(rs.getString(2) + "\n" + rs.getString(3));
                }
            }
            return out;
        });
    }

    /**
     * A page of the review queue, riskiest first (ties in letter order), with the list's filters.
     * {@code after} is the last entry of the previous page, or null for the first.
     */
    public List<QueueEntry> byRisk(LetterQuery q, QueueEntry after, int limit) {
        return Tx.run(db, c -> RiskQueue.page(c, q, after, limit));
    }

    private static List<Flag.Where> where(String json) {
        try {
            return RecordJson.mapper().readValue(json, new TypeReference<List<Flag.Where>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("flag location is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
