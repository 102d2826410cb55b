package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;

/**
 * What a reviewer does to a letter's annotations. Every change writes one change_log row with the
 * row before and after, in the change's own transaction, so that nothing is lost and everything
 * can be undone.
 */
public final class ReviewService {

    private final Database db;
    private final String annotator;

    public ReviewService(Database db, String annotator) {
        this.db = db;
        this.annotator = Annotator.orDefault(annotator);
    }

    public String annotator() {
        return annotator;
    }

    public void acceptSpan(long spanId) {
        changeSpan(spanId, "ACCEPT", "state = 'ACCEPTED', reason = NULL", List.of());
    }

    /** Rejects a suggestion as wrong; the reason defaults to SPURIOUS (not a mention at all). */
    public void rejectSpan(long spanId, Reason reason) {
        changeSpan(spanId, "REJECT", "state = 'REJECTED', reason = ?",
                List.of((reason == null ? Reason.SPURIOUS : reason).name()));
    }

    /** Changes a span's boundary, type or value; its text follows the new boundary. */
    public void editSpan(long spanId, SpanType type, int start, int end, String value, Reason reason) {
        Tx.run(db, c -> {
            long letterId = letterOf(c, Entity.SPAN, spanId);
            String text = SpanRows.slice(c, letterId, start, end);
            SpanRows.checkNoOverlap(c, SpanRows.Table.LETTER, letterId, start, end, spanId);
            return logged(c, Entity.SPAN, spanId, letterId, "EDIT", () -> update(c, "UPDATE span SET type = ?,"
                            + " start_off = ?, end_off = ?, text = ?, value = ?, state = 'EDITED', reason = ?,"
                            + " annotator = ?, updated_at = ? WHERE id = ?", type.name(), start, end, text, value,
                    reason == null ? null : reason.name(), annotator, SuggestionWriter.now(), spanId));
        });
    }

    /** A mention the extractor missed: a MANUAL span, reason MISSED. Returns its id. */
    public long addSpan(long letterId, SpanType type, int start, int end, String value) {
        return Tx.run(db, c -> {
            String text = SpanRows.slice(c, letterId, start, end);
            SpanSuggestions.unpack(c, letterId); // the overlap check and the clerk's list need the rows
            SpanRows.checkNoOverlap(c, SpanRows.Table.LETTER, letterId, start, end, -1);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO span (letter_id, type, start_off, end_off,"
                    + " text, value, origin, state, reason, annotator, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?,?,'MANUAL','ACCEPTED','MISSED',?,?,?)", new String[] {"ID"})) {
                Object[] args = {letterId, type.name(), start, end, text, value, annotator, SuggestionWriter.now(),
                        SuggestionWriter.now()};
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            ChangeLog.append(c, annotator, letterId, Entity.SPAN, id, "ADD", null,
                    Rows.json(Rows.read(c, Entity.SPAN, id)), null);
            return id;
        });
    }

    /** Sets all of an item's values (the form's row as the reviewer left it). */
    public void editItem(long itemId, Item values) {
        Tx.run(db, c -> {
            long letterId = letterOf(c, Entity.ITEM, itemId);
            Object[] cols = ItemValues.columns(values);
            return logged(c, Entity.ITEM, itemId, letterId, "EDIT", () -> update(c, "UPDATE item SET treatment = ?,"
                    + " drug = ?, strength = ?, quantity = ?, refills = ?, decision = ?, guidelines = ?, pages = ?,"
                    + " evidence_start = ?, evidence_end = ?, state = 'EDITED', annotator = ?, updated_at = ?"
                    + " WHERE id = ?", cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7],
                    cols[8], cols[9], annotator, SuggestionWriter.now(), itemId));
        });
    }

    public void acceptItem(long itemId) {
        Tx.run(db, c -> logged(c, Entity.ITEM, itemId, letterOf(c, Entity.ITEM, itemId), "ACCEPT",
                () -> update(c, "UPDATE item SET state = 'ACCEPTED', annotator = ?, updated_at = ? WHERE id = ?",
                        annotator, SuggestionWriter.now(), itemId)));
    }

    /** Takes an item off the letter (state REJECTED, kept for the record; undo brings it back; adjudication uses it too). */
    public void rejectItem(long itemId) {
        Tx.run(db, c -> logged(c, Entity.ITEM, itemId, letterOf(c, Entity.ITEM, itemId), "REJECT",
                () -> update(c, "UPDATE item SET state = 'REJECTED', annotator = ?, updated_at = ? WHERE id = ?",
                        annotator, SuggestionWriter.now(), itemId)));
    }

    /** An item the extractor missed: MANUAL, ACCEPTED, placed after the letter's last item. Returns its id. */
    public long addItem(long letterId, Item values) {
        return Tx.run(db, c -> {
            letterOf(c, Entity.REVIEW, letterId);
            int position;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM item WHERE letter_id = ?")) {
                ps.setLong(1, letterId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    position = rs.getInt(1);
                }
            }
            Object[] cols = ItemValues.columns(values);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (letter_id, position, treatment, drug,"
                    + " strength, quantity, refills, decision, guidelines, pages, evidence_start, evidence_end,"
                    + " origin, state, annotator, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'MANUAL','ACCEPTED',?,?,?)", new String[] {"ID"})) {
                Object[] args = {letterId, position, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6],
                        cols[7], cols[8], cols[9], annotator, SuggestionWriter.now(), SuggestionWriter.now()};
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            ChangeLog.append(c, annotator, letterId, Entity.ITEM, id, "ADD", null,
                    Rows.json(Rows.read(c, Entity.ITEM, id)), null);
            return id;
        });
    }

    /** Sets a letter field's value (text as stored: lists joined by ','; null for "not stated"). */
    public void editField(long letterId, String name, String value) {
        if (!FieldNames.ALL.contains(name)) {
            throw new StoreException("unknown field " + name + " (one of " + String.join(", ", FieldNames.ALL) + ")");
        }
        Tx.run(db, c -> {
            long fieldId = fieldId(c, letterId, name);
            return logged(c, Entity.FIELD, fieldId, letterId, "EDIT", () -> update(c, "UPDATE field_value"
                    + " SET value = ?, state = 'EDITED', annotator = ?, updated_at = ? WHERE id = ?",
                    value, annotator, SuggestionWriter.now(), fieldId));
        });
    }

    /**
     * Dismisses a check's flag with the clerk's reason (logged, undoable): it no longer counts in the
     * letter's risk, and re-extraction does not raise the same finding again.
     */
    public void dismissFlag(long flagId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new StoreException("a dismissed flag needs a reason");
        }
        Tx.run(db, c -> {
            long letterId = letterOf(c, Entity.FLAG, flagId);
            long change = logged(c, Entity.FLAG, flagId, letterId, "DISMISS", () -> update(c, "UPDATE flag"
                    + " SET dismissed_by = ?, dismissed_at = ?, dismiss_reason = ?, updated_at = ? WHERE id = ?",
                    annotator, SuggestionWriter.now(), reason.strip(), SuggestionWriter.now(), flagId));
            LetterAssessment.updateRisk(c, letterId);
            return change;
        });
    }

    /** Moves a letter in the review queue; VERIFIED stamps the time. {@code seconds} add to the time spent. */
    public void setReview(long letterId, ReviewStatus status, String comment, int seconds) {
        Tx.run(db, c -> {
            letterOf(c, Entity.REVIEW, letterId);
            return logged(c, Entity.REVIEW, letterId, letterId, "STATUS", () -> update(c, "UPDATE review"
                    + " SET status = ?, annotator = ?, comment = ?, seconds_spent = seconds_spent + ?,"
                    + " verified_at = CASE WHEN ? = 'VERIFIED' THEN ? ELSE NULL END, updated_at = ?"
                    + " WHERE letter_id = ?", status.name(), annotator, comment, Math.max(0, seconds),
                    status.name(), SuggestionWriter.now(), SuggestionWriter.now(), letterId));
        });
    }

    /**
     * Undoes this annotator's latest change not yet undone: the row gets its before image back (an
     * added span is removed) and the undo is logged. Empty when there is nothing to undo.
     */
    public Optional<ChangeEntry> undoLast() {
        return Tx.run(db, c -> {
            Optional<ChangeEntry> last = ChangeLog.lastUndoable(c, annotator);
            if (last.isEmpty()) {
                return last;
            }
            ChangeEntry e = last.get();
            Entity entity = Entity.valueOf(e.entity());
            Map<String, Object> now = Rows.read(c, entity, e.entityId());
            Map<String, Object> before = Rows.fromJson(e.beforeJson());
            if (before == null) {
                Rows.delete(c, entity, e.entityId());
            } else {
                Rows.restore(c, entity, e.entityId(), before);
            }
            if (entity == Entity.FLAG) {
                LetterAssessment.updateRisk(c, e.letterId());
            }
            ChangeLog.append(c, annotator, e.letterId(), entity, e.entityId(), "UNDO", Rows.json(now),
                    Rows.json(Rows.read(c, entity, e.entityId())), e.id());
            return last;
        });
    }

    /** Every change to the letter, oldest first. */
    public List<ChangeEntry> history(long letterId) {
        return Tx.run(db, c -> ChangeLog.ofLetter(c, letterId));
    }

    private interface Change {
        void apply() throws SQLException;
    }

    private long logged(Connection c, Entity e, long key, long letterId, String action, Change change)
            throws SQLException {
        String before = Rows.json(Rows.read(c, e, key));
        change.apply();
        return ChangeLog.append(c, annotator, letterId, e, key, action, before, Rows.json(Rows.read(c, e, key)),
                null);
    }

    private void changeSpan(long spanId, String action, String set, List<Object> args) {
        Tx.run(db, c -> {
            long letterId = letterOf(c, Entity.SPAN, spanId);
            Object[] all = new Object[args.size() + 3];
            for (int i = 0; i < args.size(); i++) {
                all[i] = args.get(i);
            }
            all[args.size()] = annotator;
            all[args.size() + 1] = SuggestionWriter.now();
            all[args.size() + 2] = spanId;
            return logged(c, Entity.SPAN, spanId, letterId, action,
                    () -> update(c, "UPDATE span SET " + set + ", annotator = ?, updated_at = ? WHERE id = ?", all));
        });
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static long letterOf(Connection c, Entity e, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT letter_id FROM " + e.table + " WHERE " + e.key + " = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no " + e.name().toLowerCase(java.util.Locale.ROOT) + " " + key);
                }
                return rs.getLong(1);
            }
        }
    }

    private static long fieldId(Connection c, long letterId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM field_value WHERE letter_id = ? AND name = ?")) {
            ps.setLong(1, letterId);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no letter " + letterId);
                }
                return rs.getLong(1);
            }
        }
    }
}
