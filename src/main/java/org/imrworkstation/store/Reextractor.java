package org.imrworkstation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import org.imrworkstation.check.SuggestionConfidence;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;

/**
 * Runs the current extractor over stored letters. A person's work is never touched: spans, items
 * and fields that are MANUAL or ACCEPTED/REJECTED/EDITED stay, and a new suggestion that overlaps
 * such a span is dropped. Untouched suggestions are replaced; one that the new extractor makes
 * again is left as it is, so the counts say what really changed.
 */
public final class Reextractor {

    /** What re-extraction did, over all letters. */
    public record Counts(long letters, long added, long removed, long kept) {
    }

    private static final int BATCH = 200;

    private final Database db;
    private final Extractor extractor;

    public Reextractor(Database db, Extractor extractor) {
        this.db = db;
        this.extractor = extractor;
    }

    public Counts run(LongConsumer progress) {
        long[] totals = new long[4];
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = Tx.run(db, c -> nextIds(c, from));
            if (ids.isEmpty()) {
                return new Counts(totals[0], totals[1], totals[2], totals[3]);
            }
            Tx.run(db, c -> {
                for (long id : ids) {
                    reextract(c, id, totals);
                }
                return null;
            });
            progress.accept(totals[0]);
            after = ids.get(ids.size() - 1);
        }
    }

    private static List<Long> nextIds(Connection c, long after) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM letter WHERE import_status = 'OK'"
                + " AND id > ? ORDER BY id LIMIT " + BATCH)) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private void reextract(Connection c, long id, long[] totals) throws SQLException {
        // taken before the load, so that a letter nobody opened stays packed (decision 0011)
        List<PackedSpans.Suggestion> packed = SpanSuggestions.take(c, id);
        StoredLetter letter = LetterStore.load(c, id).orElseThrow();
        LetterRecord fresh = extractor.extract(letter.fileName(), letter.text());
        totals[0]++;
        if (packed != null) {
            packedSpans(c, id, packed, fresh.spans(), totals);
        } else {
            spans(c, letter, fresh.spans(), totals);
        }
        items(c, letter, fresh.items(), totals);
        CorpusKeys.countItems(c, id);
        fields(c, letter, FieldNames.values(fresh.fields()), totals);
        LetterAssessment.write(c, id, fresh, letter.text());
        try (PreparedStatement ps = c.prepareStatement("UPDATE letter SET extractor_version = ?, layout = ?"
                + " WHERE id = ?")) {
            ps.setString(1, Extractor.VERSION);
            ps.setString(2, fresh.layout() == null ? null : fresh.layout().name());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    private static boolean untouched(Origin origin, State state) {
        return origin == Origin.EXTRACTED && state == State.SUGGESTED;
    }

    private static void spans(Connection c, StoredLetter letter, List<Span> fresh, long[] totals)
            throws SQLException {
        List<StoredSpan> judged = new ArrayList<>();
        Set<Span> old = new HashSet<>();
        List<Long> gone = new ArrayList<>();
        Set<Span> freshSet = new HashSet<>(fresh);
        for (StoredSpan s : letter.spans()) {
            if (!untouched(s.origin(), s.state())) {
                judged.add(s);
                continue;
            }
            Span asSpan = new Span(s.type(), s.start(), s.end(), s.text(), s.value());
            old.add(asSpan);
            if (!freshSet.contains(asSpan)) {
                gone.add(s.id());
            }
        }
        List<Span> added = fresh.stream()
                .filter(s -> !old.contains(s))
                .filter(s -> judged.stream().noneMatch(j -> j.start() < s.end() && s.start() < j.end()))
                .toList();
        deleteIds(c, "span", gone);
        SuggestionWriter.writeSpans(c, letter.id(), added);
        totals[1] += added.size();
        totals[2] += gone.size();
        totals[3] += judged.size();
    }

    /** A letter still packed has no judged spans: its new spans replace the packed ones, packed again. */
    private static void packedSpans(Connection c, long id, List<PackedSpans.Suggestion> packed, List<Span> fresh,
                                    long[] totals) throws SQLException {
        Set<Span> old = new HashSet<>();
        packed.forEach(p -> old.add(p.span()));
        Set<Span> freshSet = new HashSet<>(fresh);
        totals[1] += fresh.stream().filter(s -> !old.contains(s)).count();
        totals[2] += old.stream().filter(s -> !freshSet.contains(s)).count();
        SpanSuggestions.store(c, id, fresh, SuggestionConfidence.of(fresh));
    }

    private static void items(Connection c, StoredLetter letter, List<Item> fresh, long[] totals)
            throws SQLException {
        Set<Integer> judgedPositions = new HashSet<>();
        List<Long> gone = new ArrayList<>();
        Set<Integer> unchanged = new HashSet<>();
        for (StoredItem s : letter.items()) {
            if (!untouched(s.origin(), s.state())) {
                judgedPositions.add(s.position());
                totals[3]++;
            } else if (s.position() < fresh.size() && sameValues(s.item(), fresh.get(s.position()))) {
                unchanged.add(s.position());
            } else {
                gone.add(s.id());
            }
        }
        deleteIds(c, "item", gone);
        Set<Integer> skip = new HashSet<>(judgedPositions);
        skip.addAll(unchanged);
        totals[1] += SuggestionWriter.writeItems(c, letter.id(), fresh, 0, skip);
        totals[2] += gone.size();
    }

    private static boolean sameValues(Item a, Item b) {
        return Objects.equals(a.treatment(), b.treatment()) && Objects.equals(a.drug(), b.drug())
                && Objects.equals(a.strength(), b.strength()) && Objects.equals(a.quantity(), b.quantity())
                && Objects.equals(a.refills(), b.refills()) && a.decision() == b.decision()
                && a.guidelines().equals(b.guidelines()) && Objects.equals(a.pages(), b.pages())
                && Objects.equals(a.evidenceStart(), b.evidenceStart())
                && Objects.equals(a.evidenceEnd(), b.evidenceEnd());
    }

    private static void fields(Connection c, StoredLetter letter, Map<String, String> fresh, long[] totals)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE field_value SET value = ?, updated_at = ?"
                + " WHERE id = ?")) {
            for (StoredField f : letter.fields()) {
                if (!untouched(f.origin(), f.state())) {
                    totals[3]++;
                } else if (!Objects.equals(f.value(), fresh.get(f.name()))) {
                    ps.setString(1, fresh.get(f.name()));
                    ps.setObject(2, SuggestionWriter.now());
                    ps.setLong(3, f.id());
                    ps.executeUpdate();
                    totals[1]++; // the new value replaces the old one
                    totals[2]++;
                }
            }
        }
    }

    private static void deleteIds(Connection c, String table, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
