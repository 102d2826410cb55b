package org.imrworkstation.store;

import java.time.OffsetDateTime;

/** A letter's review: who, where it stands, a comment, time spent, when verified. */
public record Review(ReviewStatus status, String annotator, String comment, int secondsSpent,
                     OffsetDateTime verifiedAt) {
}
