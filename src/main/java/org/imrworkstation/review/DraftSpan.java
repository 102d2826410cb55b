package org.imrworkstation.review;

import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredSpan;

/** A span in the working copy, as the window shows it. Immutable: a change makes a new one. */
public record DraftSpan(Ref ref, SpanType type, int start, int end, String text, String value, Origin origin,
                        State state, Reason reason) {

    static DraftSpan of(StoredSpan s) {
        return new DraftSpan(new Ref(s.id()), s.type(), s.start(), s.end(), s.text(), s.value(), s.origin(),
                s.state(), s.reason());
    }

    public boolean suggested() {
        return state == State.SUGGESTED;
    }

    public boolean rejected() {
        return state == State.REJECTED;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    DraftSpan withState(State s, Reason r) {
        return new DraftSpan(ref, type, start, end, text, value, origin, s, r);
    }

    DraftSpan edited(SpanType t, int s, int e, String letterText, String v, Reason r) {
        return new DraftSpan(ref, t, s, e, letterText.substring(s, e), v, origin, State.EDITED, r);
    }
}
