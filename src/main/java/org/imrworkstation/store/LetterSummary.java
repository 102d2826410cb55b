package org.imrworkstation.store;

import java.time.OffsetDateTime;

/**
 * One row of the corpus list. {@code items} counts the letter's items not rejected, {@code risk} is
 * the review queue's score, {@code lastChange} the time of its latest change (null: never changed);
 * all three are kept in the review row (V6), so the list sorts by them through an index.
 */
public record LetterSummary(long id, String fileName, String layout, ReviewStatus status, String annotator,
                            int items, int risk, OffsetDateTime lastChange) {
}
