package org.imrworkstation.store;

import java.util.Map;

/** The figures of `status`: letters stored, failed imports, review states, extractor versions. */
public record StoreStatus(long letters, long failed, long unreviewed, long inProgress, long verified, long flagged,
                          Map<String, Long> extractorVersions) {
}
