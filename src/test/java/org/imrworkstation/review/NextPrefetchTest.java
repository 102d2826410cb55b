package org.imrworkstation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import org.imrworkstation.extract.Lexicon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next letter read ahead, on a real database, with a store thread we step by hand: a hit opens
 * without the store, and a write queued after the read that may change it makes "next" read again.
 */
class NextPrefetchTest {

    @TempDir
    Path tmp;

    SessionFixture f;
    final ArrayDeque<Runnable> storeJobs = new ArrayDeque<>();
    StoreQueue queue;
    ReviewSession s;

    @BeforeEach
    void setUp() throws Exception {
        f = new SessionFixture(tmp, 3);
        Executor stepped = storeJobs::add;
        queue = new StoreQueue(f.queue.stores(), stepped, Runnable::run);
        s = new ReviewSession(queue, Lexicon.defaults(), f.clock::get);
        s.open(f.ids.get(0), fail());
        drain();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    void drain() {
        while (!storeJobs.isEmpty()) {
            storeJobs.poll().run();
        }
    }

    static java.util.function.Consumer<String> fail() {
        return msg -> {
            throw new AssertionError(msg);
        };
    }

    @Test
    void theNextLetterReadAheadOpensWithoutTheStore() {
        s.readAhead();
        drain();
        assertThat(s.nextReadAhead()).hasValue(f.ids.get(1));

        s.open(f.ids.get(1), fail());

        assertThat(storeJobs).isEmpty();
        assertThat(s.draft().letterId()).isEqualTo(f.ids.get(1));
        assertThat(s.draft().text()).isEqualTo(f.letters.load(f.ids.get(1)).orElseThrow().text());
    }

    @Test
    void changesToTheOpenLetterKeepWhatWasReadAheadAndVerifyingThenGoesOnToIt() {
        s.readAhead();
        drain();
        assertThat(s.accept().done()).isTrue();
        assertThat(s.verify(true).done()).isTrue();

        assertThat(s.nextReadAhead()).hasValue(f.ids.get(1));
        s.open(f.ids.get(1), fail());
        assertThat(s.draft().letterId()).isEqualTo(f.ids.get(1));
    }

    @Test
    void anUndoQueuedAfterTheReadDropsItAndTheLetterIsReadAgainWithTheUndoSeen() {
        // a change on letter 1, then back to letter 0 with letter 1 read ahead
        s.open(f.ids.get(1), fail());
        drain();
        String before = s.current().orElseThrow().state().name();
        assertThat(s.accept().done()).isTrue();
        s.open(f.ids.get(0), fail());
        drain();
        s.readAhead();
        drain();
        assertThat(s.nextReadAhead()).hasValue(f.ids.get(1));

        s.undo(fail()); // the accept was on letter 1: it is opened again, after the undo is written
        assertThat(s.nextReadAhead()).isEmpty();
        drain();

        assertThat(s.draft().letterId()).isEqualTo(f.ids.get(1));
        assertThat(s.draft().spans().get(0).state().name()).isEqualTo(before);
    }

    @Test
    void aReadAheadStillQueuedWhenTheOpenLetterChangesIsDroppedOnlyIfTheChangeConcernsAnotherLetter() {
        s.readAhead();
        assertThat(s.accept().done()).isTrue(); // the open letter: the read ahead stands
        drain();
        assertThat(s.nextReadAhead()).hasValue(f.ids.get(1));
    }

    @Test
    void onlyTheLastLetterAskedForIsShownWhenAReadAheadOvertakesAQueuedOpen() {
        s.readAhead();
        drain();
        List<Long> shown = new java.util.ArrayList<>();
        s.onChange(e -> {
            if (e == ReviewSession.Event.LETTER) {
                shown.add(s.draft().letterId());
            }
        });
        s.open(f.ids.get(2), fail()); // queued: the store has not read it yet
        s.open(f.ids.get(1), fail()); // read ahead: shown at once
        drain();

        assertThat(s.draft().letterId()).isEqualTo(f.ids.get(1));
        assertThat(shown).containsExactly(f.ids.get(1));
    }
}
