package org.imrworkstation.review.ui.adjudicate;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.imrworkstation.store.Assignments.DoubleAnnotated;
import org.imrworkstation.store.ReviewStatus;

/** A double-annotated letter in the view's list; the count arrives later (-1 until counted). */
final class LetterRow {

    final DoubleAnnotated letter;
    final IntegerProperty disagreements = new SimpleIntegerProperty(-1);
    final ObjectProperty<ReviewStatus> main;

    LetterRow(DoubleAnnotated letter) {
        this.letter = letter;
        this.main = new SimpleObjectProperty<>(letter.main());
    }

    boolean adjudicated() {
        return main.get() == ReviewStatus.VERIFIED;
    }

    /** The annotator's progress in plain words: done (verified), started, not started, flagged. */
    static String status(ReviewStatus s) {
        return switch (s) {
            case VERIFIED -> "done";
            case IN_PROGRESS -> "started";
            case UNREVIEWED -> "not started";
            case FLAGGED -> "flagged";
        };
    }

    static String status(String who, ReviewStatus s) {
        return who + " " + status(s);
    }
}
