package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.record.SpanType;

/**
 * What the letter's own spans (table span, per letter) and an annotator's assigned spans (table
 * assigned_span, per assignment) share: the same columns, the same rules for a new boundary.
 */
final class SpanRows {

    /** The span tables and the column that says whose span a row is. */
    enum Table {
        LETTER("span", "letter_id"), ASSIGNMENT("assigned_span", "assignment_id");

        final String name;
        final String owner;

        Table(String name, String owner) {
            this.name = name;
            this.owner = owner;
        }
    }

    private SpanRows() {
    }

    /** The spans of one owner (a letter or an assignment), in text order. */
    static List<StoredSpan> list(Connection c, Table t, long ownerId) throws SQLException {
        List<StoredSpan> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, type, start_off, end_off, text, value, origin,"
                + " state, reason, annotator FROM " + t.name + " WHERE " + t.owner + " = ?"
                + " ORDER BY start_off, end_off, id")) {
            ps.setLong(1, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String reason = rs.getString(9);
                    out.add(new StoredSpan(rs.getLong(1), SpanType.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getInt(4), rs.getString(5), rs.getString(6), Origin.valueOf(rs.getString(7)),
                            State.valueOf(rs.getString(8)), reason == null ? null : Reason.valueOf(reason),
                            rs.getString(10)));
                }
            }
        }
        return out;
    }

    /** The letter text between the offsets, checked against the letter's length. */
    static String slice(Connection c, long letterId, int start, int end) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM letter WHERE id = ?")) {
            ps.setLong(1, letterId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new StoreException("no letter " + letterId);
                }
                String text = rs.getString(1);
                if (start < 0 || end <= start || end > text.length()) {
                    throw new StoreException("span " + start + ".." + end + " is outside letter " + letterId
                            + " (0.." + text.length() + ")");
                }
                return text.substring(start, end);
            }
        }
    }

    /** Spans never overlap (guidelines); a rejected span no longer counts, nor the span being moved. */
    static void checkNoOverlap(Connection c, Table t, long ownerId, int start, int end, long self)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, start_off, end_off FROM " + t.name + " WHERE "
                + t.owner + " = ? AND id <> ? AND state <> 'REJECTED' AND start_off < ? AND end_off > ? LIMIT 1")) {
            ps.setLong(1, ownerId);
            ps.setLong(2, self);
            ps.setInt(3, end);
            ps.setInt(4, start);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new StoreException("span " + start + ".." + end + " overlaps span " + rs.getLong(1)
                            + " (" + rs.getInt(2) + ".." + rs.getInt(3) + "): reject or edit that one first");
                }
            }
        }
    }
}
