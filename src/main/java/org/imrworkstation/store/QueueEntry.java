package org.imrworkstation.store;

/** A letter in the risk-ordered review queue: its list row, its risk and its standing flags. */
public record QueueEntry(LetterSummary letter, int risk, int flags) {
}
