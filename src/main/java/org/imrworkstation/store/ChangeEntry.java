package org.imrworkstation.store;

import java.time.OffsetDateTime;

/** One change_log row: who changed what, and the row before and after as JSON (null: no row). */
public record ChangeEntry(long id, OffsetDateTime at, String annotator, long letterId, String entity, long entityId,
                          String action, String beforeJson, String afterJson, Long undoes) {
}
