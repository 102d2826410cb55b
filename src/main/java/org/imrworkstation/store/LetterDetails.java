package org.imrworkstation.store;

/**
 * What the corpus table shows of a letter beyond its summary: the decisions and drugs of its (not
 * rejected) items, joined by ", ". (The time of its latest change is in the summary: the list sorts by it.)
 */
public record LetterDetails(long id, String decisions, String drugs) {
}
