package org.imrworkstation.store.stats;

import org.imrworkstation.store.Reason;

/** How many spans of a type carry a reason code now (corrections of the extractor). */
public record CorrectionCount(String type, Reason reason, long count) {
}
