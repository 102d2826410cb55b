package org.imrworkstation.store;

import java.time.OffsetDateTime;
import java.util.List;
import org.imrworkstation.check.Flag;
import org.imrworkstation.check.FlagKind;
import org.imrworkstation.check.Severity;

/** A check's finding as stored; {@code dismissedAt} is null while it stands. */
public record StoredFlag(long id, long letterId, FlagKind kind, Severity severity, String message,
                         List<Flag.Where> where, String dismissedBy, OffsetDateTime dismissedAt, String dismissReason) {

    public boolean dismissed() {
        return dismissedAt != null;
    }
}
