package org.imrworkstation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.imrworkstation.record.RecordJson;

/** A row as a column map and as JSON: the before/after images of the change log, and undo. */
final class Rows {

    private Rows() {
    }

    /** The row, or null if there is none. Timestamps become ISO strings, CLOBs strings. */
    static Map<String, Object> read(Connection c, Entity e, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + e.table + " WHERE " + e.key + " = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof Clob clob) {
                        v = clob.getSubString(1, (int) clob.length());
                    } else if (v instanceof TemporalAccessor || v instanceof java.util.Date) {
                        v = rs.getObject(i, OffsetDateTime.class).toString();
                    }
                    row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), v);
                }
                return row;
            }
        }
    }

    /** Puts the restorable columns of {@code image} back into the row. */
    static void restore(Connection c, Entity e, long key, Map<String, Object> image) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE " + e.table + " SET ");
        for (String col : e.restorable) {
            sql.append(col).append(" = ?, ");
        }
        sql.append("updated_at = ? WHERE ").append(e.key).append(" = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String col : e.restorable) {
                Object v = image.get(col);
                if (v instanceof String s && col.endsWith("_at")) {
                    v = OffsetDateTime.parse(s);
                }
                ps.setObject(i++, v);
            }
            ps.setObject(i++, SuggestionWriter.now());
            ps.setLong(i, key);
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, Entity e, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + e.table + " WHERE " + e.key + " = ?")) {
            ps.setLong(1, key);
            ps.executeUpdate();
        }
    }

    static String json(Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        try {
            return RecordJson.mapper().writeValueAsString(row);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Map<String, Object> fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return RecordJson.mapper().readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("change_log row is not JSON: " + ex.getOriginalMessage(), ex);
        }
    }
}
