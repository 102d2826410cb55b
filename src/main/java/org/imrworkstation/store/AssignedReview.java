package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;

/**
 * {@link ReviewService} for one annotator's copy of a letter assigned for double annotation: the
 * same operations, each logged in change_log (entities ASSIGNED_*), undone by the same undo. Every
 * call checks that the row belongs to this annotator's assignment, so one annotator can neither
 * see nor change the other's work; the main set is never touched (decision 0007).
 */
public final class AssignedReview {

    private final Database db;
    private final String annotator;

    public AssignedReview(Database db, String annotator) {
        this.db = db;
        this.annotator = Annotator.orDefault(annotator);
    }

    public String annotator() {
        return annotator;
    }

    /** The letters assigned to this annotator, in id order (the window's queue). */
    public List<Long> queue() {
        return new Assignments(db).of(annotator).stream().map(Assignments.Assignment::letterId).toList();
    }

    /** This annotator's copy of the letter: text, their spans, items, fields and review; empty if not assigned. */
    public Optional<StoredLetter> load(long letterId) {
        return Tx.run(db, c -> {
            Optional<Long> assignment = assignmentOf(c, letterId);
            if (assignment.isEmpty()) {
                return Optional.empty();
            }
            long a = assignment.get();
            StoredLetter main = LetterStore.load(c, letterId).orElseThrow();
            return Optional.of(new StoredLetter(letterId, main.sha256(), main.fileName(), main.sourcePath(),
                    main.layout(), main.text(), main.extractorVersion(), SpanRows.list(c, SpanRows.Table.ASSIGNMENT, a),
                    items(c, a), fields(c, a), review(c, a)));
        });
    }

    public void acceptSpan(long spanId) {
        change(Entity.ASSIGNED_SPAN, spanId, "ACCEPT", "state = 'ACCEPTED', reason = NULL");
    }

    public void rejectSpan(long spanId, Reason reason) {
        change(Entity.ASSIGNED_SPAN, spanId, "REJECT", "state = 'REJECTED', reason = ?",
                (reason == null ? Reason.SPURIOUS : reason).name());
    }

    public void editSpan(long spanId, SpanType type, int start, int end, String value, Reason reason) {
        Tx.run(db, c -> {
            long[] owner = owner(c, Entity.ASSIGNED_SPAN, spanId);
            String text = SpanRows.slice(c, owner[0], start, end);
            SpanRows.checkNoOverlap(c, SpanRows.Table.ASSIGNMENT, owner[1], start, end, spanId);
            return logged(c, Entity.ASSIGNED_SPAN, spanId, owner[0], "EDIT", "UPDATE assigned_span SET type = ?,"
                    + " start_off = ?, end_off = ?, text = ?, value = ?, state = 'EDITED', reason = ?, annotator = ?,"
                    + " updated_at = ? WHERE id = ?", type.name(), start, end, text, value,
                    reason == null ? null : reason.name(), annotator, SuggestionWriter.now(), spanId);
        });
    }

    /** A span the extractor missed, in this annotator's copy. Returns its id. */
    public long addSpan(long letterId, SpanType type, int start, int end, String value) {
        return Tx.run(db, c -> {
            long a = assignmentOf(c, letterId).orElseThrow(() -> notAssigned("letter", letterId));
            String text = SpanRows.slice(c, letterId, start, end);
            SpanRows.checkNoOverlap(c, SpanRows.Table.ASSIGNMENT, a, start, end, -1);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assigned_span (assignment_id, letter_id, type,"
                    + " start_off, end_off, text, value, origin, state, reason, annotator, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?,?,?,'MANUAL','ACCEPTED','MISSED',?,?,?)", new String[] {"ID"})) {
                Object[] args = {a, letterId, type.name(), start, end, text, value, annotator, SuggestionWriter.now(),
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
            ChangeLog.append(c, annotator, letterId, Entity.ASSIGNED_SPAN, id, "ADD", null,
                    Rows.json(Rows.read(c, Entity.ASSIGNED_SPAN, id)), null);
            return id;
        });
    }

    public void acceptItem(long itemId) {
        change(Entity.ASSIGNED_ITEM, itemId, "ACCEPT", "state = 'ACCEPTED'");
    }

    public void editItem(long itemId, Item values) {
        Object[] cols = ItemValues.columns(values);
        change(Entity.ASSIGNED_ITEM, itemId, "EDIT", "treatment = ?, drug = ?, strength = ?, quantity = ?,"
                + " refills = ?, decision = ?, guidelines = ?, pages = ?, evidence_start = ?, evidence_end = ?,"
                + " state = 'EDITED'", cols);
    }

    public void editField(long letterId, String name, String value) {
        if (!FieldNames.ALL.contains(name)) {
            throw new StoreException("unknown field " + name + " (one of " + String.join(", ", FieldNames.ALL) + ")");
        }
        long fieldId = Tx.run(db, c -> {
            long a = assignmentOf(c, letterId).orElseThrow(() -> notAssigned("letter", letterId));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM assigned_field WHERE assignment_id = ? AND name = ?")) {
                ps.setLong(1, a);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no field " + name + " in " + annotator + "'s copy of letter " + letterId);
                    }
                    return rs.getLong(1);
                }
            }
        });
        change(Entity.ASSIGNED_FIELD, fieldId, "EDIT", "value = ?, state = 'EDITED'", value);
    }

    /** This annotator's review of the letter; VERIFIED stamps the time, {@code seconds} add up. */
    public void setReview(long letterId, ReviewStatus status, String comment, int seconds) {
        Tx.run(db, c -> {
            long a = assignmentOf(c, letterId).orElseThrow(() -> notAssigned("letter", letterId));
            return logged(c, Entity.ASSIGNMENT, a, letterId, "STATUS", "UPDATE assignment SET status = ?, comment = ?,"
                    + " seconds_spent = seconds_spent + ?, verified_at = CASE WHEN ? = 'VERIFIED' THEN ? ELSE NULL END,"
                    + " updated_at = ? WHERE id = ?", status.name(), comment, Math.max(0, seconds), status.name(),
                    SuggestionWriter.now(), SuggestionWriter.now(), a);
        });
    }

    /** Undoes this annotator's latest change, in a copy or in the main set alike. */
    public Optional<ChangeEntry> undoLast() {
        return new ReviewService(db, annotator).undoLast();
    }

    private void change(Entity e, long key, String action, String set, Object... args) {
        Tx.run(db, c -> {
            long[] owner = owner(c, e, key);
            Object[] all = Arrays.copyOf(args, args.length + 3);
            all[args.length] = annotator;
            all[args.length + 1] = SuggestionWriter.now();
            all[args.length + 2] = key;
            return logged(c, e, key, owner[0], action, "UPDATE " + e.table + " SET " + set
                    + ", annotator = ?, updated_at = ? WHERE id = ?", all);
        });
    }

    private long logged(Connection c, Entity e, long key, long letterId, String action, String sql, Object... args)
            throws SQLException {
        String before = Rows.json(Rows.read(c, e, key));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
        return ChangeLog.append(c, annotator, letterId, e, key, action, before, Rows.json(Rows.read(c, e, key)), null);
    }

    /** {letter id, assignment id} of a row of this annotator's copy; else "not in NAME's assignments". */
    private long[] owner(Connection c, Entity e, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT x.letter_id, x.assignment_id, a.annotator FROM "
                + e.table + " x JOIN assignment a ON a.id = x.assignment_id WHERE x.id = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getString(3).equals(annotator)) {
                    throw notAssigned(e == Entity.ASSIGNED_SPAN ? "span" : e == Entity.ASSIGNED_ITEM ? "item" : "field",
                            key);
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private StoreException notAssigned(String what, long id) {
        return new StoreException(what + " " + id + " is not in " + annotator + "'s assignments");
    }

    private Optional<Long> assignmentOf(Connection c, long letterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM assignment WHERE letter_id = ? AND annotator = ?")) {
            ps.setLong(1, letterId);
            ps.setString(2, annotator);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static List<StoredItem> items(Connection c, long a) throws SQLException {
        List<StoredItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, position, treatment, drug, strength, quantity,"
                + " refills, decision, guidelines, pages, evidence_start, evidence_end, origin, state, annotator"
                + " FROM assigned_item WHERE assignment_id = ? ORDER BY position, id")) {
            ps.setLong(1, a);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String decision = rs.getString(8);
                    String guidelines = rs.getString(9);
                    Item item = new Item(rs.getString(3), rs.getString(4), rs.getString(5),
                            (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                            decision == null ? null : Decision.valueOf(decision),
                            guidelines == null || guidelines.isEmpty() ? List.of()
                                    : Arrays.asList(guidelines.split(",")),
                            rs.getString(10), (Integer) rs.getObject(11), (Integer) rs.getObject(12));
                    out.add(new StoredItem(rs.getLong(1), rs.getInt(2), item, Origin.valueOf(rs.getString(13)),
                            State.valueOf(rs.getString(14)), rs.getString(15)));
                }
            }
        }
        return out;
    }

    private static List<StoredField> fields(Connection c, long a) throws SQLException {
        List<StoredField> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, value, evidence_span_id, origin, state,"
                + " annotator FROM assigned_field WHERE assignment_id = ? ORDER BY id")) {
            ps.setLong(1, a);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredField(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
                            Origin.valueOf(rs.getString(5)), State.valueOf(rs.getString(6)), rs.getString(7)));
                }
            }
        }
        return out;
    }

    private Review review(Connection c, long a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status, comment, seconds_spent, verified_at FROM assignment WHERE id = ?")) {
            ps.setLong(1, a);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Review(ReviewStatus.valueOf(rs.getString(1)), annotator, rs.getString(2), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class));
            }
        }
    }
}
