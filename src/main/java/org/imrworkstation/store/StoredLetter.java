package org.imrworkstation.store;

import java.util.List;

/** A letter with everything known about it: what the review window shows. */
public record StoredLetter(long id, String sha256, String fileName, String sourcePath, String layout, String text,
                           String extractorVersion, List<StoredSpan> spans, List<StoredItem> items,
                           List<StoredField> fields, Review review) {

    public StoredSpan span(long spanId) {
        return spans.stream().filter(s -> s.id() == spanId).findFirst().orElseThrow();
    }

    public StoredField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
