package org.imrworkstation.review.ui.adjudicate;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.imrworkstation.export.agreement.LetterDisagreements;
import org.imrworkstation.review.Messages;
import org.imrworkstation.store.AssignedReview;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.StoredLetter;

/**
 * Counts each listed letter's disagreements on a background thread, one letter at a time, so that a
 * list of thousands is usable at once and fills in as it goes (two copies read per letter).
 */
final class DisagreementCount {

    private final Database db;
    private final Consumer<String> message;
    private volatile boolean stopped;

    DisagreementCount(Database db, Consumer<String> message) {
        this.db = db;
        this.message = message;
    }

    void stop() {
        stopped = true;
    }

    /** Runs off the FX thread; sets each row's count on it. */
    void count(List<LetterRow> rows) {
        for (LetterRow r : rows) {
            if (stopped) {
                return;
            }
            try {
                StoredLetter a = new AssignedReview(db, r.letter.a()).load(r.letter.letterId()).orElseThrow();
                StoredLetter b = new AssignedReview(db, r.letter.b()).load(r.letter.letterId()).orElseThrow();
                int n = LetterDisagreements.of(a, b).size();
                Platform.runLater(() -> r.disagreements.set(n));
            } catch (RuntimeException e) {
                Platform.runLater(() -> message.accept("cannot count letter " + r.letter.letterId() + ": "
                        + Messages.of(e)));
            }
        }
    }
}
