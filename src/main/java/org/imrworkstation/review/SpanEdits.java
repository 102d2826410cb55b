package org.imrworkstation.review;

import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.State;

/** The changes a clerk makes to spans, each with its reason and its one store call. */
final class SpanEdits {

    private SpanEdits() {
    }

    static Change accept(long letterId, DraftSpan s) {
        DraftSpan after = s.withState(State.ACCEPTED, null);
        return new Change("accept " + s.type(), letterId, d -> d.put(after), d -> d.put(s),
                st -> st.reviews().acceptSpan(s.ref().id()));
    }

    static Change reject(long letterId, DraftSpan s) {
        Reason reason = Reasons.forReject(s);
        DraftSpan after = s.withState(State.REJECTED, reason);
        return new Change("reject " + s.type(), letterId, d -> d.put(after), d -> d.put(s),
                st -> st.reviews().rejectSpan(s.ref().id(), reason));
    }

    static Change edit(Draft draft, DraftSpan s, SpanType type, int start, int end, String value) {
        Reason reason = Reasons.forEdit(s, type, start, end, value);
        DraftSpan after = s.edited(type, start, end, draft.text(), value, reason);
        String what = reason == Reason.TYPE ? "type" : reason == Reason.BOUNDARY ? "edge" : "value";
        return new Change("change " + what + " of " + s.type(), draft.letterId(), d -> d.put(after),
                d -> d.put(s), st -> st.reviews().editSpan(s.ref().id(), type, start, end, value, reason));
    }

    static Change add(Draft draft, SpanType type, int start, int end, String value) {
        Ref ref = Ref.unsaved();
        DraftSpan s = new DraftSpan(ref, type, start, end, draft.text().substring(start, end), value,
                Origin.MANUAL, State.ACCEPTED, Reason.MISSED);
        long letterId = draft.letterId();
        return new Change("add " + type, letterId, d -> d.put(s), d -> d.removeSpan(ref),
                st -> ref.set(st.reviews().addSpan(letterId, type, start, end, value)));
    }
}
