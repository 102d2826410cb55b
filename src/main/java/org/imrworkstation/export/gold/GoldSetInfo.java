package org.imrworkstation.export.gold;

import java.time.OffsetDateTime;

/** A frozen gold set: its name, when and by whom it was frozen, its size and content hash. */
public record GoldSetInfo(long id, String name, OffsetDateTime createdAt, String createdBy, String appVersion,
                          int letters, String contentHash) {
}
