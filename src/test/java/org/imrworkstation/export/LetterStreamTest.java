package org.imrworkstation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chunked reader gives exactly what LetterStore.load gives, across chunk boundaries and filters. */
class LetterStreamTest {

    @TempDir
    Path tmp;

    @Test
    void sameLettersAsLoadAcrossChunksAndFilters() throws Exception {
        try (Database db = Database.open(tmp.resolve("db/imr"))) {
            List<Path> files = ExportFixtures.write(tmp.resolve("letters"), 5);
            Files.writeString(tmp.resolve("letters/empty.txt"), ""); // a failed import: a letter row without text
            List<Long> ids = ExportFixtures.importFiles(db, files);
            new org.imrworkstation.store.LetterImporter(db, 1).failed("empty.txt", "/x/empty.txt", "empty file");
            ReviewService ana = new ReviewService(db, "ana");
            ana.setReview(ids.get(1), ReviewStatus.VERIFIED, null, 1);
            ana.setReview(ids.get(4), ReviewStatus.VERIFIED, null, 1);
            LetterStore store = new LetterStore(db);
            // letters nobody opened keep their suggestions packed: the stream reads them without
            // unpacking (span id 0), and they are the spans that opening the letter then gives
            List<StoredLetter> unopened = new ArrayList<>();
            new LetterStream(db, ExportFilter.ALL, true, 2).forEach(unopened::add);
            assertThat(unopened).hasSize(5).allSatisfy(l -> assertThat(l.spans()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.id()).isZero()));
            for (StoredLetter l : unopened) {
                assertThat(l).isEqualTo(withoutSpanIds(store.load(l.id()).orElseThrow()));
            }
            // a span added after import has an id far from its letter's others
            assertThat(store.load(ids.get(0)).orElseThrow().spans().get(0).start()).isGreaterThan(3);
            ana.addSpan(ids.get(0), org.imrworkstation.record.SpanType.DATE, 0, 3, "2001-01");
            for (int chunk : new int[] {1, 2, 500}) {
                List<StoredLetter> all = new ArrayList<>();
                new LetterStream(db, ExportFilter.ALL, true, chunk).forEach(all::add);
                assertThat(all).hasSize(5);
                for (StoredLetter l : all) {
                    assertThat(l).isEqualTo(store.load(l.id()).orElseThrow());
                }
                List<Long> verified = new ArrayList<>();
                new LetterStream(db, ExportFilter.ALL.withStatus(ReviewStatus.VERIFIED), false, chunk)
                        .forEach(l -> verified.add(l.id()));
                assertThat(verified).containsExactly(ids.get(1), ids.get(4));
            }
            assertThat(new LetterStream(db, ExportFilter.ALL.withAnnotator("ana"), false).count()).isEqualTo(2);
            // a failing sink stops the reader and its exception reaches the caller
            assertThatThrownBy(() -> new LetterStream(db, ExportFilter.ALL, true, 1).forEach(l -> {
                throw new IllegalStateException("disk full");
            })).hasMessage("disk full");
        }
    }

    private static StoredLetter withoutSpanIds(StoredLetter l) {
        return new StoredLetter(l.id(), l.sha256(), l.fileName(), l.sourcePath(), l.layout(), l.text(),
                l.extractorVersion(), l.spans().stream().map(s -> new StoredSpan(0, s.type(), s.start(), s.end(),
                        s.text(), s.value(), s.origin(), s.state(), s.reason(), s.annotator())).toList(),
                l.items(), l.fields(), l.review());
    }
}
