package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The append-only change_log: written in the transaction of the change it records, with the letter's
 * last change and item count in its review row (what the corpus list sorts by).
 */
final class ChangeLog {

    private static final String COLUMNS = "id, at, annotator, letter_id, entity, entity_id, action, before_json,"
            + " after_json, undoes";

    private ChangeLog() {
    }

    static long append(Connection c, String annotator, long letterId, Entity entity, long entityId, String action,
                       String before, String after, Long undoes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (at, annotator, letter_id, entity,"
                + " entity_id, action, before_json, after_json, undoes) VALUES (?,?,?,?,?,?,?,?,?)",
                new String[] {"ID"})) {
            OffsetDateTime at = SuggestionWriter.now();
            ps.setObject(1, at);
            ps.setString(2, annotator);
            ps.setLong(3, letterId);
            ps.setString(4, entity.name());
            ps.setLong(5, entityId);
            ps.setString(6, action);
            ps.setString(7, before);
            ps.setString(8, after);
            ps.setObject(9, undoes);
            ps.executeUpdate();
            CorpusKeys.changed(c, letterId, at);
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The annotator's latest change that is not an undo and has not been undone. */
    static Optional<ChangeEntry> lastUndoable(Connection c, String annotator) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM change_log g"
                + " WHERE annotator = ? AND action <> 'UNDO'"
                + " AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.undoes = g.id)"
                + " ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, annotator);
            List<ChangeEntry> found = read(ps);
            return found.stream().findFirst();
        }
    }

    static List<ChangeEntry> ofLetter(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM change_log WHERE letter_id = ? ORDER BY id")) {
            ps.setLong(1, letterId);
            return read(ps);
        }
    }

    private static List<ChangeEntry> read(PreparedStatement ps) throws SQLException {
        List<ChangeEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ChangeEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), (Long) rs.getObject(10)));
            }
        }
        return out;
    }
}
