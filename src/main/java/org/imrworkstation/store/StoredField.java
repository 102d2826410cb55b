package org.imrworkstation.store;

/** A letter field as stored: value as text (lists joined by ','), null when not stated. */
public record StoredField(long id, String name, String value, Long evidenceSpanId, Origin origin, State state,
                          String annotator) {
}
