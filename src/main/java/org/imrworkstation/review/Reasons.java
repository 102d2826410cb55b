package org.imrworkstation.review;

import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.Reason;

/**
 * Why a span was corrected, inferred from the correction itself so the clerk never picks a reason:
 * a new type is TYPE, new offsets BOUNDARY, a new value only VALUE. A span keeps the most serious
 * reason it has had (TYPE over BOUNDARY over VALUE): a retyped span whose edge is then fixed was
 * still of the wrong type. A span the clerk added stays MISSED whatever is done to it later.
 */
final class Reasons {

    private Reasons() {
    }

    static Reason forEdit(DraftSpan before, SpanType type, int start, int end, String value) {
        if (before.origin() == Origin.MANUAL) {
            return Reason.MISSED;
        }
        Reason now = before.type() != type ? Reason.TYPE
                : before.start() != start || before.end() != end ? Reason.BOUNDARY : Reason.VALUE;
        Reason had = before.reason();
        return had != null && rank(had) > rank(now) ? had : now;
    }

    /** Rejecting says the extractor found something that is not a mention at all. */
    static Reason forReject(DraftSpan span) {
        return Reason.SPURIOUS;
    }

    private static int rank(Reason r) {
        return switch (r) {
            case TYPE -> 3;
            case BOUNDARY -> 2;
            case VALUE -> 1;
            default -> 0;
        };
    }
}
