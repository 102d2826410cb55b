package org.imrworkstation.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * The columns the corpus list sorts by in the store (decision 0010). Each is walked through an index
 * on (column, letter id), so a page costs the same at the top and deep in the list. Ascending is
 * (column, letter id); descending is its exact reverse, the same index walked backwards. NULL (no
 * annotator, never changed) sorts lowest: first ascending, last descending. Strings compare by
 * character code, as H2 does (upper case before lower case). Risk's index is (risk DESC, letter id),
 * the review queue's: descending is riskiest first with ties in letter order, the queue's order, and
 * ascending its reverse.
 */
public enum CorpusSort {
    FILE("letter", "file_name", "id", "letter_file_name_ix", null, false, LetterSummary::fileName),
    STATUS("review", "status", "letter_id", "review_status_ix", null, false, s -> s.status().name()),
    ITEMS("review", "items", "letter_id", "review_items_ix", null, false, LetterSummary::items),
    ANNOTATOR("review", "annotator", "letter_id", "review_annotator_ix", "", false, LetterSummary::annotator),
    LAST_CHANGE("review", "last_change", "letter_id", "review_last_change_ix",
            OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), false, LetterSummary::lastChange),
    RISK("review", "risk", "letter_id", "review_risk_ix", null, true, LetterSummary::risk);

    /** The table, column and letter id column walked, and the index on (column, id) they are walked by. */
    final String table;
    final String column;
    final String id;
    final String index;
    /** Not null for a column that may be NULL: a value at or below every non-null one ("" for text). */
    final Object lowest;
    /** Ties run against the column's direction (risk: its index is (risk DESC, letter_id)). */
    final boolean tiesReversed;
    private final Function<LetterSummary, Object> value;

    CorpusSort(String table, String column, String id, String index, Object lowest, boolean tiesReversed,
               Function<LetterSummary, Object> value) {
        this.table = table;
        this.column = column;
        this.id = id;
        this.index = index;
        this.lowest = lowest;
        this.tiesReversed = tiesReversed;
        this.value = value;
    }

    /** The row's value of this column: where the next page starts after it. */
    Object valueOf(LetterSummary s) {
        return value.apply(s);
    }

    boolean nullable() {
        return lowest != null;
    }
}
