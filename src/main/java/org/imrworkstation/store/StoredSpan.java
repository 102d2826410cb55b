package org.imrworkstation.store;

import org.imrworkstation.record.SpanType;

/** A span as stored, with its review state. */
public record StoredSpan(long id, SpanType type, int start, int end, String text, String value, Origin origin,
                         State state, Reason reason, String annotator) {
}
