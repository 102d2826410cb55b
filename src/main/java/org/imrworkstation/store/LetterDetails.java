package org.imrworkstation.store;

import java.time.OffsetDateTime;

/**
 * What the corpus table shows of a letter beyond its summary: the decisions and drugs of its (not
 * rejected) items, joined by ", ", and the time of its latest change (null: never changed).
 */
public record LetterDetails(long id, String decisions, String drugs, OffsetDateTime lastChange) {
}
