package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reviewer operation, its change_log row, undo and history, on a real H2 file. */
class ReviewServiceTest {

    @TempDir
    Path tmp;

    Database db;
    LetterStore store;
    ReviewService ann;
    long letterId;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(tmp.resolve("db/imr"));
        store = new LetterStore(db);
        letterId = TestLetters.importInto(db, tmp.resolve("letters"), 3).get(0);
        ann = new ReviewService(db, "ann");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    StoredLetter letter() {
        return store.load(letterId).orElseThrow();
    }

    ChangeEntry lastChange() {
        List<ChangeEntry> h = ann.history(letterId);
        return h.get(h.size() - 1);
    }

    @Test
    void importedLetterHasSuggestionsAndAnUnreviewedReview() {
        StoredLetter l = letter();
        assertThat(l.spans()).isNotEmpty().allMatch(s -> s.origin() == Origin.EXTRACTED && s.state() == State.SUGGESTED);
        assertThat(l.items()).isNotEmpty();
        assertThat(l.fields()).extracting(StoredField::name).containsExactlyElementsOf(FieldNames.ALL);
        assertThat(l.review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(l.spans()).allMatch(s -> l.text().substring(s.start(), s.end()).equals(s.text()));
    }

    @Test
    void acceptAndRejectAreLoggedWithBeforeAndAfter() {
        long first = letter().spans().get(0).id();
        long second = letter().spans().get(1).id();
        ann.acceptSpan(first);
        ChangeEntry accept = lastChange();
        assertThat(accept.action()).isEqualTo("ACCEPT");
        assertThat(accept.entity()).isEqualTo("SPAN");
        assertThat(accept.entityId()).isEqualTo(first);
        assertThat(accept.annotator()).isEqualTo("ann");
        assertThat(accept.beforeJson()).contains("\"state\":\"SUGGESTED\"");
        assertThat(accept.afterJson()).contains("\"state\":\"ACCEPTED\"").contains("\"annotator\":\"ann\"");

        ann.rejectSpan(second, null);
        StoredSpan rejected = letter().span(second);
        assertThat(rejected.state()).isEqualTo(State.REJECTED);
        assertThat(rejected.reason()).isEqualTo(Reason.SPURIOUS);
        assertThat(lastChange().action()).isEqualTo("REJECT");
        assertThat(ann.history(letterId)).hasSize(2);
    }

    @Test
    void editChangesBoundaryTypeAndValueAndKeepsTextInStep() {
        StoredSpan s = letter().spans().get(0);
        ann.editSpan(s.id(), s.type(), s.start(), s.end() - 1, "changed", Reason.BOUNDARY);
        StoredSpan edited = letter().span(s.id());
        assertThat(edited.state()).isEqualTo(State.EDITED);
        assertThat(edited.reason()).isEqualTo(Reason.BOUNDARY);
        assertThat(edited.end()).isEqualTo(s.end() - 1);
        assertThat(edited.text()).isEqualTo(s.text().substring(0, s.text().length() - 1));
        assertThat(edited.value()).isEqualTo("changed");
        assertThat(lastChange().action()).isEqualTo("EDIT");
        assertThat(lastChange().beforeJson()).contains("\"end_off\":" + s.end());
        assertThat(lastChange().afterJson()).contains("\"end_off\":" + (s.end() - 1));
    }

    @Test
    void addedSpanIsManualMissedAndMayNotOverlap() {
        StoredLetter l = letter();
        int free = freeOffset(l);
        long id = ann.addSpan(letterId, SpanType.DRUG, free, free + 3, "x");
        StoredSpan added = letter().span(id);
        assertThat(added.origin()).isEqualTo(Origin.MANUAL);
        assertThat(added.reason()).isEqualTo(Reason.MISSED);
        assertThat(added.text()).isEqualTo(l.text().substring(free, free + 3));
        assertThat(lastChange().action()).isEqualTo("ADD");
        assertThat(lastChange().beforeJson()).isNull();

        StoredSpan existing = l.spans().get(0);
        assertThatThrownBy(() -> ann.addSpan(letterId, SpanType.DATE, existing.start(), existing.end(), null))
                .isInstanceOf(StoreException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> ann.addSpan(letterId, SpanType.DATE, 0, l.text().length() + 5, null))
                .hasMessageContaining("outside letter");
    }

    @Test
    void itemFieldAndReviewEdits() {
        StoredItem item = letter().items().get(0);
        Item changed = new Item("Something else", "baclofen", "10 mg", 30, 2, Decision.PARTIAL, List.of("MTUS", "ODG"),
                "63-66", item.item().evidenceStart(), item.item().evidenceEnd());
        ann.editItem(item.id(), changed);
        StoredItem after = letter().items().get(0);
        assertThat(after.item()).isEqualTo(changed);
        assertThat(after.state()).isEqualTo(State.EDITED);
        assertThat(lastChange().entity()).isEqualTo("ITEM");

        ann.editField(letterId, "patient_age", "61");
        assertThat(letter().field("patient_age").value()).isEqualTo("61");
        assertThat(letter().field("patient_age").state()).isEqualTo(State.EDITED);
        assertThat(lastChange().entity()).isEqualTo("FIELD");
        assertThatThrownBy(() -> ann.editField(letterId, "shoe_size", "9")).hasMessageContaining("unknown field");

        ann.setReview(letterId, ReviewStatus.VERIFIED, "checked", 42);
        Review r = letter().review();
        assertThat(r.status()).isEqualTo(ReviewStatus.VERIFIED);
        assertThat(r.annotator()).isEqualTo("ann");
        assertThat(r.secondsSpent()).isEqualTo(42);
        assertThat(r.verifiedAt()).isNotNull();
        assertThat(lastChange().action()).isEqualTo("STATUS");
        assertThat(ann.history(letterId)).extracting(ChangeEntry::entity).containsExactly("ITEM", "FIELD", "REVIEW");
    }

    @Test
    void undoRestoresBeforeStateOneChangeAtATimeAndOnlyTheAnnotatorsOwn() {
        StoredLetter original = letter();
        StoredSpan s = original.spans().get(0);
        ann.editSpan(s.id(), SpanType.DATE, s.start(), s.end(), "v", Reason.TYPE);
        ann.setReview(letterId, ReviewStatus.FLAGGED, "odd", 5);
        int free = freeOffset(original);
        long added = ann.addSpan(letterId, SpanType.DRUG, free, free + 2, null);
        ReviewService bob = new ReviewService(db, "bob");
        bob.editField(letterId, "patient_sex", "M");

        assertThat(ann.undoLast()).map(ChangeEntry::action).contains("ADD");
        assertThat(letter().spans()).extracting(StoredSpan::id).doesNotContain(added);
        assertThat(ann.undoLast()).map(ChangeEntry::action).contains("STATUS");
        assertThat(letter().review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(letter().review().secondsSpent()).isZero();
        assertThat(ann.undoLast()).map(ChangeEntry::action).contains("EDIT");
        assertThat(letter().span(s.id())).isEqualTo(s);
        assertThat(ann.undoLast()).isEmpty();

        assertThat(letter().field("patient_sex").value()).isEqualTo("M"); // bob's change stands
        List<ChangeEntry> h = ann.history(letterId);
        assertThat(h).extracting(ChangeEntry::action)
                .containsExactly("EDIT", "STATUS", "ADD", "EDIT", "UNDO", "UNDO", "UNDO");
        assertThat(h.get(4).undoes()).isEqualTo(h.get(2).id());
        assertThat(h.get(4).afterJson()).isNull(); // the added span is gone
    }

    @Test
    void listFiltersByStatusDecisionDrugAnnotatorAndText() {
        List<LetterSummary> all = store.list(LetterQuery.ALL, 0, 100);
        assertThat(all).hasSize(3);
        assertThat(store.list(LetterQuery.ALL, 0, 2)).hasSize(2);
        assertThat(store.list(LetterQuery.ALL, all.get(1).id(), 100)).extracting(LetterSummary::id)
                .containsExactly(all.get(2).id());

        ann.setReview(letterId, ReviewStatus.IN_PROGRESS, null, 1);
        assertThat(store.list(LetterQuery.ALL.withStatus(ReviewStatus.IN_PROGRESS), 0, 100))
                .extracting(LetterSummary::id).containsExactly(letterId);
        assertThat(store.list(LetterQuery.ALL.withAnnotator("ann"), 0, 100)).hasSize(1);
        assertThat(store.list(LetterQuery.ALL.withAnnotator("bob"), 0, 100)).isEmpty();

        StoredItem item = letter().items().get(0);
        assertThat(store.list(LetterQuery.ALL.withDecision(item.item().decision().name()), 0, 100))
                .extracting(LetterSummary::id).contains(letterId);
        String drug = store.drugs().keySet().iterator().next();
        assertThat(store.list(LetterQuery.ALL.withDrug(drug), 0, 100)).isNotEmpty();
        assertThat(store.list(LetterQuery.ALL.withDrug("no-such-drug"), 0, 100)).isEmpty();

        String word = letter().spans().get(0).text();
        assertThat(store.list(LetterQuery.ALL.withText(word.toUpperCase()), 0, 100)).extracting(LetterSummary::id)
                .contains(letterId);
        assertThat(store.list(LetterQuery.ALL.withText("100%_no_such_text"), 0, 100)).isEmpty();
    }

    @Test
    void filteredPagesOfOneGoThroughEveryMatchOnceInIdOrder() {
        String drug = store.drugs().keySet().iterator().next();
        for (LetterQuery q : List.of(LetterQuery.ALL, LetterQuery.ALL.withDrug(drug),
                LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED).withDecision("UPHELD"))) {
            List<Long> all = store.list(q, 0, 100).stream().map(LetterSummary::id).toList();
            List<Long> paged = new java.util.ArrayList<>();
            long after = 0;
            for (List<LetterSummary> page; !(page = store.list(q, after, 1)).isEmpty(); ) {
                after = page.get(0).id();
                paged.add(after);
            }
            assertThat(paged).as(q.toString()).isEqualTo(all).isSorted();
        }
    }

    @Test
    void statusCountsLettersAndReviews() {
        ann.setReview(letterId, ReviewStatus.VERIFIED, null, 0);
        StoreStatus s = store.status();
        assertThat(s.letters()).isEqualTo(3);
        assertThat(s.verified()).isEqualTo(1);
        assertThat(s.unreviewed()).isEqualTo(2);
        assertThat(s.extractorVersions()).containsEntry(org.imrworkstation.extract.Extractor.VERSION, 3L);
    }

    /** An offset with three characters that no span touches. */
    static int freeOffset(StoredLetter l) {
        for (int i = 0; i + 3 < l.text().length(); i++) {
            int at = i;
            if (l.spans().stream().noneMatch(s -> s.start() < at + 3 && at < s.end())) {
                return at;
            }
        }
        throw new AssertionError("no free text");
    }
}
