package org.imrworkstation.store;

import java.util.List;

/**
 * The tables a reviewer changes, with the columns an undo puts back (ids, letter and creation
 * time never change; updated_at is set to the time of the undo).
 */
enum Entity {
    SPAN("span", "id", List.of("type", "start_off", "end_off", "text", "value", "origin", "state", "reason",
            "annotator")),
    ITEM("item", "id", List.of("treatment", "drug", "strength", "quantity", "refills", "decision", "guidelines",
            "pages", "evidence_start", "evidence_end", "state", "annotator")),
    FIELD("field_value", "id", List.of("value", "evidence_span_id", "state", "annotator")),
    REVIEW("review", "letter_id", List.of("annotator", "status", "comment", "seconds_spent", "verified_at")),
    FLAG("flag", "id", List.of("dismissed_by", "dismissed_at", "dismiss_reason")),
    // issue 6: one annotator's copy of a letter for double annotation (decision 0007)
    ASSIGNED_SPAN("assigned_span", "id", SPAN.restorable),
    ASSIGNED_ITEM("assigned_item", "id", ITEM.restorable),
    ASSIGNED_FIELD("assigned_field", "id", FIELD.restorable),
    ASSIGNMENT("assignment", "id", List.of("status", "comment", "seconds_spent", "verified_at"));

    final String table;
    final String key;
    final List<String> restorable;

    Entity(String table, String key, List<String> restorable) {
        this.table = table;
        this.key = key;
        this.restorable = restorable;
    }
}
