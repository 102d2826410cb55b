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

    static String status(String who, ReviewStatus s) {
        return s == ReviewStatus.VERIFIED ? who + ": done" : who + ": " + s.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ');
    }
}
