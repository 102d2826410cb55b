package org.imrworkstation.store;

/** One row of the corpus list. */
public record LetterSummary(long id, String fileName, String layout, ReviewStatus status, String annotator,
                            int items) {
}
