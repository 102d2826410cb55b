package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.record.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review row's copies the corpus list sorts by (items not rejected, the latest change) stay equal
 * to what they copy through every way items and change_log rows are written: import, review
 * operations and their undo, double annotation, re-extraction and annotated imports.
 */
class CorpusKeysTest {

    @TempDir
    Path tmp;

    Database db;
    LetterStore store;
    ReviewService ann;
    List<Long> ids;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(tmp.resolve("db/imr"));
        store = new LetterStore(db);
        ids = TestLetters.importInto(db, tmp.resolve("letters"), 4);
        ann = new ReviewService(db, "ann");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Every letter's review copies against the item and change_log rows they copy. */
    void copiesAreInStep() throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT r.letter_id, r.items,"
                + " (SELECT COUNT(*) FROM item i WHERE i.letter_id = r.letter_id AND i.state <> 'REJECTED'),"
                + " r.last_change, (SELECT MAX(g.at) FROM change_log g WHERE g.letter_id = r.letter_id) FROM review r");
             ResultSet rs = ps.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertThat(rs.getInt(2)).as("items of letter %d", rs.getLong(1)).isEqualTo(rs.getInt(3));
                assertThat(rs.getObject(4, OffsetDateTime.class)).as("last change of letter %d", rs.getLong(1))
                        .isEqualTo(rs.getObject(5, OffsetDateTime.class));
            }
            assertThat(rows).isPositive();
        }
    }

    LetterSummary row(long id) {
        return store.list(LetterQuery.ALL, 0, 100).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void importCountsItemsAndLeavesNoLastChange() throws Exception {
        copiesAreInStep();
        long id = ids.get(0);
        assertThat(row(id).items()).isEqualTo(store.load(id).orElseThrow().items().size()).isPositive();
        assertThat(row(id).lastChange()).isNull();
    }

    @Test
    void reviewOperationsAndTheirUndoKeepThemInStep() throws Exception {
        long id = ids.get(0);
        StoredLetter l = store.load(id).orElseThrow();
        int items = row(id).items();
        ann.rejectItem(l.items().get(0).id());
        assertThat(row(id).items()).isEqualTo(items - 1);
        assertThat(row(id).lastChange()).isEqualTo(ann.history(id).get(ann.history(id).size() - 1).at());
        copiesAreInStep();
        ann.undoLast();
        assertThat(row(id).items()).isEqualTo(items);
        copiesAreInStep();
        long added = ann.addItem(id, new Item("Baclofen 10mg #30", "baclofen", "10 mg", 30, 0, null, List.of(),
                null, null, null));
        assertThat(row(id).items()).isEqualTo(items + 1);
        ann.acceptItem(added);
        ann.acceptSpan(l.spans().get(0).id());
        ann.setReview(id, ReviewStatus.VERIFIED, null, 10);
        copiesAreInStep();
        ann.undoLast(); // the review
        ann.undoLast(); // the span
        ann.undoLast(); // the accept
        ann.undoLast(); // the added item: deleted
        assertThat(row(id).items()).isEqualTo(items);
        copiesAreInStep();
        new FlagStore(db).flags(ids.get(1)).stream().findFirst().ifPresent(f -> ann.dismissFlag(f.id(), "fine"));
        copiesAreInStep();
    }

    @Test
    void doubleAnnotationReextractionAndAnnotatedImportKeepThemInStep() throws Exception {
        long id = ids.get(1);
        ann.rejectItem(store.load(id).orElseThrow().items().get(0).id());
        new Assignments(db).assign(1.0, "ana", "bob", "b1", 7);
        AssignedReview ana = new AssignedReview(db, "ana");
        long mine = ana.queue().get(0);
        ana.setReview(mine, ReviewStatus.VERIFIED, null, 5);
        copiesAreInStep();
        assertThat(row(mine).lastChange()).isNotNull();

        // a suggestion the extractor no longer makes: re-extraction removes it, and the count follows
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO item (letter_id,"
                + " position, treatment, origin, state, created_at, updated_at) VALUES (?, 99, 'gone', 'EXTRACTED',"
                + " 'SUGGESTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            ps.setLong(1, ids.get(2));
            ps.executeUpdate();
            CorpusKeys.countItems(c, ids.get(2));
        }
        int before = row(ids.get(2)).items();
        new Reextractor(db, new Extractor()).run(n -> { });
        assertThat(row(ids.get(2)).items()).isEqualTo(before - 1);
        copiesAreInStep();

        ExtractedLetter x = TestLetters.extracted(TestLetters.write(tmp.resolve("more"), 50, 1).get(0));
        try (AnnotatedLetterWriter w = new AnnotatedLetterWriter(db, 10, "ann", false)) {
            w.add(new AnnotatedLetterWriter.Annotated(x.fileName(), x.sourcePath(), x.sha256(),
                    x.record().layout() == null ? null : x.record().layout().name(), x.text(), x.record(),
                    ReviewStatus.VERIFIED, "ann", OffsetDateTime.now()));
        }
        copiesAreInStep();
        assertThat(store.list(LetterQuery.ALL, 0, 100)).anySatisfy(s -> {
            assertThat(s.fileName()).isEqualTo(x.fileName());
            assertThat(s.items()).isEqualTo(x.record().items().size());
        });
    }
}
