package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store operations the review window added: item add/remove with undo, table details, verified count. */
class ReviewWindowStoreTest {

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
        ids = TestLetters.importInto(db, tmp.resolve("letters"), 3);
        ann = new ReviewService(db, "ann");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void addedItemGoesLastAsManualAcceptedAndUndoRemovesIt() {
        long letter = ids.get(0);
        int before = store.load(letter).orElseThrow().items().size();
        Item it = new Item("Tramadol 50mg #30", "tramadol", "50 mg", 30, null, Decision.UPHELD, List.of("MTUS"), "",
                null, null);
        long id = ann.addItem(letter, it);
        List<StoredItem> items = store.load(letter).orElseThrow().items();
        assertThat(items).hasSize(before + 1);
        StoredItem added = items.get(items.size() - 1);
        assertThat(added.id()).isEqualTo(id);
        assertThat(added.origin()).isEqualTo(Origin.MANUAL);
        assertThat(added.state()).isEqualTo(State.ACCEPTED);
        assertThat(added.item().quantity()).isEqualTo(30);
        assertThat(added.position()).isEqualTo(items.get(items.size() - 2).position() + 1);
        assertThat(ann.history(letter)).last().extracting(ChangeEntry::action).isEqualTo("ADD");

        ann.undoLast();
        assertThat(store.load(letter).orElseThrow().items()).hasSize(before);
    }

    @Test
    void rejectedItemIsKeptRejectedAndLeavesTheDetailsUntilUndone() {
        long letter = ids.get(0);
        StoredItem first = store.load(letter).orElseThrow().items().get(0);
        String drugsBefore = store.details(List.of(letter)).get(letter).drugs();

        ann.rejectItem(first.id());

        StoredItem after = store.load(letter).orElseThrow().items().get(0);
        assertThat(after.state()).isEqualTo(State.REJECTED);
        assertThat(ann.history(letter)).last().extracting(ChangeEntry::action).isEqualTo("REJECT");
        ann.undoLast();
        assertThat(store.load(letter).orElseThrow().items().get(0).state()).isEqualTo(State.SUGGESTED);
        assertThat(store.details(List.of(letter)).get(letter).drugs()).isEqualTo(drugsBefore);
    }

    @Test
    void detailsListDecisionsDrugsAndTheSummaryTheLastChange() {
        long letter = ids.get(0);
        LetterDetails d = store.details(List.of(letter)).get(letter);
        StoredLetter l = store.load(letter).orElseThrow();
        assertThat(summary(letter).lastChange()).isNull();
        for (StoredItem i : l.items()) {
            if (i.item().drug() != null) {
                assertThat(d.drugs()).contains(i.item().drug());
            }
            if (i.item().decision() != null) {
                assertThat(d.decisions()).contains(i.item().decision().name());
            }
        }
        ann.acceptSpan(l.spans().get(0).id());
        assertThat(summary(letter).lastChange()).isNotNull()
                .isEqualTo(ann.history(letter).get(ann.history(letter).size() - 1).at());
        assertThat(store.details(ids)).containsOnlyKeys(ids);
        assertThat(store.details(List.of())).isEmpty();
    }

    LetterSummary summary(long letter) {
        return store.list(LetterQuery.ALL, 0, 1000).stream().filter(s -> s.id() == letter).findFirst().orElseThrow();
    }

    @Test
    void verifiedSinceCountsOnlyThisAnnotatorsVerifiedLetters() {
        OffsetDateTime start = OffsetDateTime.now().minusMinutes(1);
        ann.setReview(ids.get(0), ReviewStatus.VERIFIED, null, 5);
        ann.setReview(ids.get(1), ReviewStatus.FLAGGED, "odd", 5);
        new ReviewService(db, "bob").setReview(ids.get(2), ReviewStatus.VERIFIED, null, 5);
        assertThat(store.verifiedSince(start, "ann")).isEqualTo(1);
        assertThat(store.verifiedSince(OffsetDateTime.now().plusMinutes(1), "ann")).isZero();
    }
}
