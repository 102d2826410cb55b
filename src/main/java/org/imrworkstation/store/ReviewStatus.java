package org.imrworkstation.store;

/** A letter's place in the review queue. */
public enum ReviewStatus {
    UNREVIEWED, IN_PROGRESS, VERIFIED, FLAGGED
}
