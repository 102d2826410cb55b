package org.imrworkstation.store.stats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.letter.ReadOptions;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ExtractedLetter;
import org.imrworkstation.store.LetterImporter;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredSpan;

/**
 * One review history with figures worked out by hand, for the service, CLI and window tests. Two
 * annotators, ann and bob, verify letters on days in March 2026 (verified_at is set back to those
 * days after the real setReview, since the service stamps the clock); every span change goes through
 * ReviewService, including an undone rejection and a withdrawn addition that must count nowhere.
 *
 * <pre>
 * letter  who  seconds  verified at (UTC)      Los Angeles day
 * L0      ann   60      2026-03-02 09:00       03-02
 * L1      ann  120      2026-03-02 15:00       03-02
 * L2      ann   90      2026-03-03 10:00       03-03
 * L3      ann    0      2026-03-03 11:00       03-03   (untimed: not in the percentiles)
 * L4      bob   30      2026-03-02 05:00       03-01
 * L5      bob  300      2026-03-04 23:30       03-04
 * L6      bob           IN_PROGRESS: not verified
 * L7      bob           verified, then undone: UNREVIEWED again
 *
 * ann: 4 verified, 3 timed (60, 90, 120): median 90, p90 = 90 + 0.8 * 30 = 114
 * bob: 2 verified, 2 timed (30, 300):     median 165, p90 = 30 + 0.9 * 270 = 273
 *
 * spans                 who  now                    reason
 * drug[0], drug[1]      ann  accepted               -
 * drug[2]               ann  rejected               SPURIOUS
 * drug[3]               ann  rejected, then undone  (SUGGESTED again: counts nowhere)
 * strength[0]           ann  edited value           VALUE
 * strength[1]           bob  edited end - 1         BOUNDARY   (updated_at set to 2026-03-04 12:00 UTC)
 * added QUANTITY        bob  manual                 MISSED     (updated_at set to 2026-03-04 12:00 UTC)
 * added DATE            ann  manual, then rejected  (withdrawn: counts nowhere)
 *
 * corrections: DRUG SPURIOUS 1, QUANTITY MISSED 1, STRENGTH BOUNDARY 1, STRENGTH VALUE 1
 * suggestions: STRENGTH 0/2/0 (error 100%), DRUG 2/0/1 (error 33%), QUANTITY missed 1
 * </pre>
 */
public final class StatsFixture {

    /** The letters' ids in import order (L0..L7). */
    public final List<Long> letters;
    /** The letter of the rejected-then-undone drug span. */
    public final long drugLetter;

    private StatsFixture(List<Long> letters, long drugLetter) {
        this.letters = letters;
        this.drugLetter = drugLetter;
    }

    public static StatsFixture build(Database db, Path dir) throws Exception {
        List<Long> ids = importLetters(db, dir, 8);
        ReviewService ann = new ReviewService(db, "ann");
        ReviewService bob = new ReviewService(db, "bob");
        verify(db, ann, ids.get(0), 60, "2026-03-02T09:00Z");
        verify(db, ann, ids.get(1), 120, "2026-03-02T15:00Z");
        verify(db, ann, ids.get(2), 90, "2026-03-03T10:00Z");
        verify(db, ann, ids.get(3), 0, "2026-03-03T11:00Z");
        verify(db, bob, ids.get(4), 30, "2026-03-02T05:00Z");
        verify(db, bob, ids.get(5), 300, "2026-03-04T23:30Z");
        bob.setReview(ids.get(6), ReviewStatus.IN_PROGRESS, null, 45);
        bob.setReview(ids.get(7), ReviewStatus.VERIFIED, null, 50);
        bob.undoLast();

        LetterStore store = new LetterStore(db);
        List<StoredSpan> drugs = suggested(store, ids, SpanType.DRUG);
        List<StoredSpan> strengths = suggested(store, ids, SpanType.STRENGTH);
        if (drugs.size() < 4 || strengths.size() < 2) {
            throw new IllegalStateException("the generated letters have too few spans: " + drugs.size()
                    + " drugs, " + strengths.size() + " strengths");
        }
        ann.acceptSpan(drugs.get(0).id());
        ann.acceptSpan(drugs.get(1).id());
        ann.rejectSpan(drugs.get(2).id(), Reason.SPURIOUS);
        ann.rejectSpan(drugs.get(3).id(), Reason.SPURIOUS);
        ann.undoLast();
        StoredSpan s0 = strengths.get(0);
        ann.editSpan(s0.id(), s0.type(), s0.start(), s0.end(), "999 mg", Reason.VALUE);
        StoredSpan s1 = strengths.get(1);
        bob.editSpan(s1.id(), s1.type(), s1.start(), s1.end() - 1, s1.value(), Reason.BOUNDARY);
        long letter = ids.get(0);
        int[] gap = gap(store, letter, 0);
        long missed = bob.addSpan(letter, SpanType.QUANTITY, gap[0], gap[0] + 2, "30");
        int[] gap2 = gap(store, letter, gap[0] + 3);
        long withdrawn = ann.addSpan(letter, SpanType.DATE, gap2[0], gap2[0] + 2, null);
        ann.rejectSpan(withdrawn, null);
        sql(db, "UPDATE span SET updated_at = ? WHERE id IN (?, ?)", OffsetDateTime.parse("2026-03-04T12:00Z"),
                s1.id(), missed);
        return new StatsFixture(ids, letterOf(store, ids, drugs.get(3).id()));
    }

    private static void verify(Database db, ReviewService who, long letterId, int seconds, String at)
            throws Exception {
        who.setReview(letterId, ReviewStatus.VERIFIED, null, seconds);
        sql(db, "UPDATE review SET verified_at = ? WHERE letter_id = ?", OffsetDateTime.parse(at), letterId);
    }

    private static List<StoredSpan> suggested(LetterStore store, List<Long> ids, SpanType type) {
        List<StoredSpan> spans = new ArrayList<>();
        for (long id : ids) {
            store.load(id).orElseThrow().spans().stream()
                    .filter(s -> s.type() == type && s.state() == State.SUGGESTED && s.end() - s.start() >= 2)
                    .forEach(spans::add);
        }
        return spans;
    }

    /** The first stretch of at least 3 characters from {@code from} that no span touches. */
    private static int[] gap(LetterStore store, long letterId, int from) {
        var l = store.load(letterId).orElseThrow();
        int at = from;
        for (StoredSpan s : l.spans().stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
            if (s.state() == State.REJECTED || s.end() <= at) {
                continue;
            }
            if (s.start() - at >= 3) {
                break;
            }
            at = s.end() + 1;
        }
        return new int[] {at, at + 3};
    }

    private static long letterOf(LetterStore store, List<Long> ids, long spanId) {
        return ids.stream().filter(id -> store.load(id).orElseThrow().spans().stream().anyMatch(s -> s.id() == spanId))
                .findFirst().orElseThrow();
    }

    private static void sql(Database db, String sql, Object... args) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static List<Long> importLetters(Database db, Path dir, int count) throws Exception {
        Files.createDirectories(dir);
        SyntheticLetters gen = SyntheticLetters.fromSamples();
        try (LetterImporter importer = new LetterImporter(db, 50)) {
            for (int i = 0; i < count; i++) {
                Path f = dir.resolve(String.format(Locale.ROOT, "letter-%02d.txt", i));
                Files.writeString(f, gen.letter(i), StandardCharsets.UTF_8);
                var letter = new LetterReader(ReadOptions.defaults()).read(f);
                var record = new Extractor().extract(letter.name(), letter.text());
                importer.add(new ExtractedLetter(letter.name(), f.toString(), letter.sha256(), letter.text(), record,
                        Extractor.VERSION));
            }
        }
        List<Long> ids = new ArrayList<>();
        new LetterStore(db).list(LetterQuery.ALL, 0, 100).forEach(s -> ids.add(s.id()));
        return ids;
    }
}
