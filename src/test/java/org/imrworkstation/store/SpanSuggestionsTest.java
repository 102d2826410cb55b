package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0011: an import keeps a letter's span suggestions packed; opening, reviewing, assigning
 * or re-extracting the letter turns them into span rows exactly as an import used to write them.
 */
class SpanSuggestionsTest {

    @TempDir
    Path tmp;

    @Test
    void importPacksSpansAndOpeningTheLetterMakesThemRowsOnce() throws Exception {
        try (Database db = Database.open(tmp.resolve("imr"))) {
            List<Path> files = TestLetters.write(tmp.resolve("letters"), 0, 2);
            ExtractedLetter extracted = TestLetters.extracted(files.get(0));
            try (LetterImporter importer = new LetterImporter(db, 10)) {
                importer.add(extracted);
            }
            long id = new LetterStore(db).idOf(extracted.sha256()).orElseThrow();
            assertThat(count(db, "SELECT COUNT(*) FROM span WHERE letter_id = " + id)).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM span_suggestions WHERE letter_id = " + id)).isEqualTo(1);

            StoredLetter opened = new LetterStore(db).load(id).orElseThrow();

            List<Span> expected = extracted.record().spans();
            assertThat(opened.spans()).hasSize(expected.size());
            assertThat(opened.spans()).extracting(s -> new Span(s.type(), s.start(), s.end(), s.text(), s.value()))
                    .containsExactlyElementsOf(expected.stream().sorted().toList());
            assertThat(opened.spans()).allSatisfy(s -> {
                assertThat(s.id()).isPositive();
                assertThat(s.origin()).isEqualTo(Origin.EXTRACTED);
                assertThat(s.state()).isEqualTo(State.SUGGESTED);
            });
            assertThat(count(db, "SELECT COUNT(*) FROM span_suggestions")).isZero();
            // the rows are dated when the letter was imported, not when it was first opened
            assertThat(count(db, "SELECT COUNT(*) FROM span s JOIN letter l ON l.id = s.letter_id"
                    + " WHERE s.created_at <> l.imported_at OR s.confidence IS NULL")).isZero();
            // opening it again writes nothing more
            assertThat(new LetterStore(db).load(id).orElseThrow()).isEqualTo(opened);
        }
    }

    @Test
    void twoThreadsOpeningTheSameLetterWriteItsRowsOnce() throws Exception {
        try (Database db = Database.open(tmp.resolve("imr"))) {
            List<Long> ids = TestLetters.importInto(db, tmp.resolve("letters"), 6);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (long id : ids) {
                    CountDownLatch go = new CountDownLatch(1);
                    Callable<StoredLetter> open = () -> {
                        go.await();
                        return new LetterStore(db).load(id).orElseThrow();
                    };
                    Future<StoredLetter> a = pool.submit(open);
                    Future<StoredLetter> b = pool.submit(open);
                    go.countDown();
                    assertThat(a.get()).isEqualTo(b.get());
                    assertThat(count(db, "SELECT COUNT(*) FROM span WHERE letter_id = " + id))
                            .isEqualTo(a.get().spans().size()).isPositive();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aSpanAddedToAnUnopenedLetterSeesItsSuggestions() throws Exception {
        try (Database db = Database.open(tmp.resolve("imr"))) {
            long id = TestLetters.importInto(db, tmp.resolve("letters"), 1).get(0);
            List<StoredSpan> packed = Tx.run(db, c -> SpanSuggestions.read(c, id));
            assertThat(packed).isNotEmpty();
            StoredSpan first = packed.get(0);
            ReviewService ann = new ReviewService(db, "ann");
            assertThatThrownBy(() -> ann.addSpan(id, SpanType.DATE, first.start(), first.end(), "x"))
                    .hasMessageContaining("overlaps");
            StoredLetter l = new LetterStore(db).load(id).orElseThrow();
            assertThat(l.spans()).hasSize(packed.size());
        }
    }

    @Test
    void reextractingAnUnopenedLetterKeepsItPackedAndCountsWhatChanged() throws Exception {
        try (Database db = Database.open(tmp.resolve("imr"))) {
            List<Long> ids = TestLetters.importInto(db, tmp.resolve("letters"), 2);
            long id = ids.get(0);
            List<StoredSpan> before = Tx.run(db, c -> SpanSuggestions.read(c, id));
            // an older extractor's output: one suggestion with another value, one that is not a mention
            List<Span> older = new ArrayList<>();
            for (StoredSpan s : before) {
                older.add(new Span(s.type(), s.start(), s.end(), s.text(), s.value()));
            }
            Span changed = older.get(0);
            older.set(0, new Span(changed.type(), changed.start(), changed.end(), changed.text(), "stale"));
            Tx.run(db, c -> {
                SpanSuggestions.take(c, id);
                SpanSuggestions.store(c, id, older, new double[older.size()]);
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE letter SET extractor_version = '0.9'");
                }
                return null;
            });

            Reextractor.Counts counts = new Reextractor(db, new Extractor()).run(n -> { });

            assertThat(counts.letters()).isEqualTo(2);
            assertThat(counts.added()).isEqualTo(1);
            assertThat(counts.removed()).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM span")).isZero(); // nobody opened either letter
            List<StoredSpan> after = Tx.run(db, c -> SpanSuggestions.read(c, id));
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void assigningAnUnopenedLetterCopiesItsSuggestions() throws Exception {
        try (Database db = Database.open(tmp.resolve("imr"))) {
            long id = TestLetters.importInto(db, tmp.resolve("letters"), 1).get(0);
            List<StoredSpan> suggestions = Tx.run(db, c -> SpanSuggestions.read(c, id));
            int packed = suggestions.size();
            assertThat(new Assignments(db).assign(1.0, "ana", "ben", "b1", 7L)).containsExactly(id);
            assertThat(count(db, "SELECT COUNT(*) FROM assigned_span WHERE letter_id = " + id))
                    .isEqualTo(2L * packed);
        }
    }

    @Test
    void packingRefusesASpanTheSpanTableCouldNotHold() {
        Span huge = new Span(SpanType.DRUG, 0, 4001, "x".repeat(4001), "x");
        assertThatThrownBy(() -> PackedSpans.pack(List.of(huge), new double[1]))
                .isInstanceOf(StoreException.class).hasMessageContaining("longer than the span table allows");
        assertThatThrownBy(() -> PackedSpans.unpack(new byte[] {9, 0, 0, 0, 0}))
                .isInstanceOf(StoreException.class).hasMessageContaining("unknown format 9");
    }

    static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
