package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The review row's copies that the corpus list sorts by (V6, decision 0010): {@code items}, the
 * letter's items not rejected, and {@code last_change}, the time of its latest change_log row. Kept in
 * step where items and change_log rows are written: the import (the count, in the review row it
 * makes), re-extraction and annotated imports ({@link #countItems}), and every logged change
 * ({@link #changed}, from {@link ChangeLog#append}), in the same transaction.
 */
final class CorpusKeys {

    private static final String COUNT = "(SELECT COUNT(*) FROM item i WHERE i.letter_id = ? AND i.state <> 'REJECTED')";

    private CorpusKeys() {
    }

    /** Counts the letter's items again. */
    static void countItems(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE review SET items = " + COUNT + " WHERE letter_id = ?")) {
            ps.setLong(1, letterId);
            ps.setLong(2, letterId);
            ps.executeUpdate();
        }
    }

    /** A change logged at {@code at}: the latest change (never an earlier one), and the item count again. */
    static void changed(Connection c, long letterId, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE review SET items = " + COUNT + ", last_change ="
                + " CASE WHEN last_change IS NULL OR last_change < ? THEN ? ELSE last_change END WHERE letter_id = ?")) {
            ps.setLong(1, letterId);
            ps.setObject(2, at);
            ps.setObject(3, at);
            ps.setLong(4, letterId);
            ps.executeUpdate();
        }
    }
}
