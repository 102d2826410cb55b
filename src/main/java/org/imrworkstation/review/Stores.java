package org.imrworkstation.review;

import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.ReviewService;

/** The services a review session reads and writes through (only ever on the store thread). */
public record Stores(LetterStore letters, ReviewService reviews) {
}
