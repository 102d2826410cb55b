package org.imrworkstation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredItem;
import org.imrworkstation.store.StoredSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review actions against a real database: what the working copy shows is what the store holds. */
class ReviewSessionTest {

    @TempDir
    Path tmp;

    SessionFixture f;
    ReviewSession s;

    @BeforeEach
    void setUp() throws Exception {
        f = new SessionFixture(tmp, 3);
        s = f.session;
        f.open(0);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    StoredSpan storedSpan(DraftSpan d) {
        return f.stored().span(d.ref().id());
    }

    @Test
    void openingSelectsTheFirstSuggestion() {
        assertThat(s.draft().letterId()).isEqualTo(f.ids.get(0));
        assertThat(s.current()).get().isEqualTo(s.draft().spans().get(0));
        assertThat(s.unjudged()).isEqualTo(s.draft().spans().size());
    }

    @Test
    void acceptAndRejectAreStoredAndMoveOn() {
        DraftSpan first = s.current().orElseThrow();
        assertThat(s.accept().done()).isTrue();
        DraftSpan second = s.current().orElseThrow();
        assertThat(second.ref()).isNotSameAs(first.ref());
        assertThat(s.reject().done()).isTrue();

        assertThat(storedSpan(first).state()).isEqualTo(State.ACCEPTED);
        assertThat(storedSpan(second).state()).isEqualTo(State.REJECTED);
        assertThat(storedSpan(second).reason()).isEqualTo(Reason.SPURIOUS);
        assertThat(s.draft().span(second.ref()).orElseThrow().rejected()).isTrue();
    }

    @Test
    void undoAndRedoGoThroughTheStore() {
        DraftSpan first = s.current().orElseThrow();
        s.accept();
        s.undo(this::fail);
        assertThat(storedSpan(first).state()).isEqualTo(State.SUGGESTED);
        assertThat(s.draft().span(first.ref()).orElseThrow().state()).isEqualTo(State.SUGGESTED);
        s.redo(this::fail);
        assertThat(storedSpan(first).state()).isEqualTo(State.ACCEPTED);
        assertThat(s.canRedo()).isFalse();
        s.undo(this::fail);
        assertThat(storedSpan(first).state()).isEqualTo(State.SUGGESTED);
        assertThat(s.undo(this::fail).done()).isFalse();
    }

    @Test
    void edgeMovesAreBoundaryAndTypeChangesStayType() {
        DraftSpan drug = s.draft().spans().stream().filter(x -> x.type() == SpanType.DRUG).findFirst().orElseThrow();
        s.select(drug.ref());
        assertThat(s.moveEdge(true, -1, false).done()).isTrue();
        StoredSpan narrowed = storedSpan(drug);
        assertThat(narrowed.end()).isEqualTo(drug.end() - 1);
        assertThat(narrowed.reason()).isEqualTo(Reason.BOUNDARY);
        assertThat(narrowed.text()).isEqualTo(drug.text().substring(0, drug.text().length() - 1));

        s.retype(SpanType.STRENGTH);
        assertThat(storedSpan(drug).reason()).isEqualTo(Reason.TYPE);
        s.moveEdge(true, 1, false);
        assertThat(storedSpan(drug).reason()).isEqualTo(Reason.TYPE);
        assertThat(storedSpan(drug).end()).isEqualTo(drug.end());
    }

    @Test
    void aSpanCannotShrinkToNothingOrRunIntoAnother() {
        List<DraftSpan> spans = s.draft().spans();
        DraftSpan a = spans.get(0);
        s.select(a.ref());
        for (int i = 0; i < a.text().length() - 1; i++) {
            assertThat(s.moveEdge(false, 1, false).done()).isTrue();
        }
        assertThat(s.moveEdge(false, 1, false).message()).contains("at least one character");
        DraftSpan b = spans.get(1);
        assertThat(s.addSpan(SpanType.DATE, b.start(), b.end()).message()).contains("overlap");
    }

    @Test
    void addedSpanIsMissedAndUndoRedoKeepsItsNewId() {
        String text = s.draft().text();
        int start = text.indexOf("Page");
        if (start < 0 || s.draft().overlaps(start, start + 4, null)) {
            start = firstFreeWord(text);
        }
        assertThat(s.addSpan(SpanType.DRUG, start, start + 4).done()).isTrue();
        DraftSpan added = s.current().orElseThrow();
        assertThat(added.origin()).isEqualTo(Origin.MANUAL);
        StoredSpan stored = storedSpan(added);
        assertThat(stored.reason()).isEqualTo(Reason.MISSED);
        assertThat(stored.state()).isEqualTo(State.ACCEPTED);

        s.undo(this::fail);
        long oldId = added.ref().id();
        assertThat(f.stored().spans()).noneMatch(x -> x.id() == oldId);
        s.redo(this::fail);
        assertThat(added.ref().id()).isNotEqualTo(oldId);
        s.select(added.ref());
        s.retype(SpanType.DATE);
        assertThat(storedSpan(added).type()).isEqualTo(SpanType.DATE);
        assertThat(storedSpan(added).reason()).isEqualTo(Reason.MISSED);
    }

    @Test
    void acceptAllOfATypeIsOneUndo() {
        long dates = s.draft().spans().stream().filter(x -> x.type() == SpanType.DATE).count();
        assertThat(dates).isGreaterThan(1);
        s.acceptAll(SpanType.DATE);
        assertThat(f.stored().spans()).filteredOn(x -> x.type() == SpanType.DATE)
                .allMatch(x -> x.state() == State.ACCEPTED);
        s.undo(this::fail);
        assertThat(f.stored().spans()).filteredOn(x -> x.type() == SpanType.DATE)
                .allMatch(x -> x.state() == State.SUGGESTED);
        s.cursor().show(SpanType.DATE, false);
        assertThat(s.acceptAll(SpanType.DATE).done()).isFalse();
    }

    @Test
    void itemQuantityEditReachesTheStoreAndItsEvidenceSpan() {
        DraftItem item = s.draft().items().get(0);
        DraftSpan qty = Evidence.span(s.draft(), item, ItemColumn.QUANTITY).orElseThrow();
        assertThat(s.editItem(item.ref(), ItemColumn.QUANTITY, "90").done()).isTrue();
        StoredItem stored = f.stored().items().get(0);
        assertThat(stored.item().quantity()).isEqualTo(90);
        assertThat(stored.state()).isEqualTo(State.EDITED);
        assertThat(storedSpan(qty).value()).isEqualTo("90");
        assertThat(storedSpan(qty).reason()).isEqualTo(Reason.VALUE);

        assertThat(s.editItem(item.ref(), ItemColumn.QUANTITY, "ninety").message()).contains("whole number");
        s.undo(this::fail);
        assertThat(f.stored().items().get(0).item().quantity()).isEqualTo(item.item().quantity());
        assertThat(storedSpan(qty).value()).isEqualTo(qty.value());
    }

    @Test
    void spanValueEditUpdatesItsItem() {
        DraftItem item = s.draft().items().get(0);
        DraftSpan drug = Evidence.span(s.draft(), item, ItemColumn.DRUG).orElseThrow();
        s.select(drug.ref());
        s.setValue("oxycodone");
        assertThat(s.draft().item(item.ref()).orElseThrow().item().drug()).isEqualTo("oxycodone");
        assertThat(f.stored().items().get(0).item().drug()).isEqualTo("oxycodone");
        assertThat(storedSpan(drug).reason()).isEqualTo(Reason.VALUE);
    }

    @Test
    void fieldsAreCheckedBeforeTheyAreSaved() {
        assertThat(s.editField("injury_date", "2015-13-40").message()).contains("date");
        assertThat(s.editField("patient_age", "7").message()).contains("age");
        assertThat(s.editField("patient_sex", "f").done()).isTrue();
        assertThat(f.stored().field("patient_sex").value()).isEqualTo("F");
        assertThat(s.editField("reviewer_states", "ca, nv").done()).isTrue();
        assertThat(f.stored().field("reviewer_states").value()).isEqualTo("CA,NV");
        assertThat(s.editField("injury_date", "").done()).isTrue();
        assertThat(f.stored().field("injury_date").value()).isNull();
    }

    @Test
    void verifyAsksWhileSuggestionsAreOpenThenAcceptsTheRest() {
        var asked = s.verify(false);
        assertThat(asked.needsConfirmation()).isTrue();
        assertThat(f.stored().review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        f.clock.addAndGet(42_000);
        assertThat(s.verify(true).done()).isTrue();
        assertThat(f.stored().review().status()).isEqualTo(ReviewStatus.VERIFIED);
        assertThat(f.stored().review().secondsSpent()).isEqualTo(42);
        assertThat(f.stored().spans()).allMatch(x -> x.state() != State.SUGGESTED);
        assertThat(f.stored().items()).allMatch(x -> x.state() == State.ACCEPTED);
        s.undo(this::fail);
        assertThat(f.stored().review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(f.stored().spans()).allMatch(x -> x.state() == State.SUGGESTED);
    }

    @Test
    void undoOfAnotherLettersChangeReopensIt() {
        long first = s.draft().letterId();
        s.flag("handwritten page missing");
        assertThat(f.stored().review().status()).isEqualTo(ReviewStatus.FLAGGED);
        assertThat(f.stored().review().comment()).isEqualTo("handwritten page missing");
        f.open(1);
        s.undo(this::fail);
        assertThat(s.draft().letterId()).isEqualTo(first);
        assertThat(s.draft().status()).isEqualTo(ReviewStatus.UNREVIEWED);
    }

    @Test
    void riskiestNextFollowsTheRiskQueueAndSkipsTheCurrentLetter() {
        org.imrworkstation.store.FlagStore flags = new org.imrworkstation.store.FlagStore(f.db);
        List<Long> byRisk = flags.byRisk(org.imrworkstation.store.LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED),
                null, 10).stream().map(e -> e.letter().id()).toList();
        assertThat(NextLetter.riskiest(flags, -1)).hasValue(byRisk.get(0));
        assertThat(NextLetter.riskiest(flags, byRisk.get(0))).hasValue(byRisk.get(1));
        f.reviews.setReview(byRisk.get(0), ReviewStatus.VERIFIED, null, 0);
        assertThat(NextLetter.riskiest(flags, byRisk.get(0))).hasValue(byRisk.get(1));
    }

    @Test
    void nextUnreviewedSkipsVerifiedLettersAndWraps() {
        Stores st = f.queue.stores();
        assertThat(NextLetter.after(st, f.ids.get(0))).hasValue(f.ids.get(1));
        f.reviews.setReview(f.ids.get(1), ReviewStatus.VERIFIED, null, 0);
        assertThat(NextLetter.after(st, f.ids.get(0))).hasValue(f.ids.get(2));
        assertThat(NextLetter.after(st, f.ids.get(2))).hasValue(f.ids.get(0));
    }

    private void fail(String message) {
        throw new AssertionError(message);
    }

    private int firstFreeWord(String text) {
        for (int i = 0; i + 4 < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && !s.draft().overlaps(i, i + 4, null)) {
                return i;
            }
        }
        throw new AssertionError("no free text");
    }
}
