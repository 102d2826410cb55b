package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer without a savepoint per letter: a letter that fails half-way is taken out of the
 * open batch whole, the batch's other letters and failures stay; and a failure row is replaced
 * when its file imports later, whether it was recorded by this importer or an earlier one.
 */
class LetterImporterTest {

    @TempDir
    Path tmp;

    @Test
    void letterFailingHalfWayLeavesNothingWhileItsBatchKeepsWholeLetters() throws Exception {
        List<Path> files = TestLetters.write(tmp.resolve("letters"), 0, 4);
        List<ExtractedLetter> good = new ArrayList<>();
        for (Path f : files) {
            good.add(TestLetters.extracted(f));
        }
        ExtractedLetter broken = withOverlongSpan(TestLetters.extracted(
                TestLetters.write(tmp.resolve("more"), 10, 1).get(0)));
        try (Database db = Database.open(tmp.resolve("db").resolve("imr"))) {
            try (LetterImporter importer = new LetterImporter(db, 100)) {
                importer.add(good.get(0));
                importer.failed("bad.txt", "/x/bad.txt", "empty file");
                importer.add(good.get(1));
                // the letter and review rows are written before its spans fail (too long to pack)
                assertThatThrownBy(() -> importer.add(broken)).isInstanceOf(StoreException.class);
                importer.add(good.get(2));
                assertThat(importer.add(good.get(0))).isEqualTo(LetterImporter.Outcome.DUPLICATE);
                importer.add(good.get(3));
            }
            StoreStatus status = new LetterStore(db).status();
            assertThat(status.letters()).isEqualTo(4);
            assertThat(status.failed()).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM letter WHERE sha256 = '" + broken.sha256() + "'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM review")).isEqualTo(4);
            LetterStore store = new LetterStore(db);
            List<LetterSummary> rows = store.list(LetterQuery.ALL, 0, 100);
            assertThat(rows).extracting(LetterSummary::fileName)
                    .containsExactly(good.stream().map(ExtractedLetter::fileName).toArray(String[]::new));
            for (int i = 0; i < rows.size(); i++) {
                StoredLetter l = store.load(rows.get(i).id()).orElseThrow();
                assertThat(l.spans()).hasSize(good.get(i).record().spans().size());
                assertThat(l.items()).hasSize(good.get(i).record().items().size());
            }
        }
    }

    @Test
    void failureRowIsReplacedWhenItsFileImportsInThisOrALaterImport() throws Exception {
        List<Path> files = TestLetters.write(tmp.resolve("letters"), 0, 2);
        ExtractedLetter first = TestLetters.extracted(files.get(0));
        ExtractedLetter second = TestLetters.extracted(files.get(1));
        try (Database db = Database.open(tmp.resolve("db").resolve("imr"))) {
            try (LetterImporter importer = new LetterImporter(db, 10)) {
                importer.failed(first.fileName(), first.sourcePath(), "was locked");
            }
            assertThat(new LetterStore(db).status().failed()).isEqualTo(1);
            try (LetterImporter importer = new LetterImporter(db, 10)) {
                importer.add(first);
                importer.failed(second.fileName(), second.sourcePath(), "was locked");
                importer.add(second);
            }
            StoreStatus status = new LetterStore(db).status();
            assertThat(status.letters()).isEqualTo(2);
            assertThat(status.failed()).isZero();
        }
    }

    private static ExtractedLetter withOverlongSpan(ExtractedLetter l) {
        LetterRecord r = l.record();
        List<Span> spans = new ArrayList<>(r.spans());
        spans.add(new Span(SpanType.values()[0], 0, 5000, "x".repeat(5000), null)); // span.text is VARCHAR(4000)
        LetterRecord bad = new LetterRecord(r.letter(), r.layout(), r.text(), spans, r.items(), r.fields());
        return new ExtractedLetter(l.fileName(), l.sourcePath(), l.sha256(), l.text(), bad, l.extractorVersion());
    }

    private static long count(Database db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
