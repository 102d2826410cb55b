package org.imrworkstation.review;

import java.util.Optional;
import java.util.OptionalLong;
import org.imrworkstation.store.StoredLetter;

/**
 * The next unreviewed letter, read ahead while the clerk works on this one, so that "next" opens
 * it without waiting for the store thread (H2 read and two thread hops). The read is queued like
 * any other, so it sees every write queued before it; a write queued after it that could change
 * what it read drops it (a change of that letter, an undo or redo, a change of a third letter that
 * may alter which letter is next), and the letter is then read again as before.
 * Used from the UI thread only, as the session is.
 */
final class NextPrefetch {

    private long ticket;
    private long after = -1;
    private long nextId = -1;
    private StoredLetter letter;

    /** Reads the unreviewed letter after {@code currentId} behind the writes queued so far. */
    void fetch(StoreQueue queue, long currentId) {
        long mine = ++ticket;
        after = -1;
        letter = null;
        queue.read(s -> {
            OptionalLong next = NextLetter.after(s, currentId);
            return next.isEmpty() ? Optional.<StoredLetter>empty() : s.letters().load(next.getAsLong());
        }, found -> {
            if (mine == ticket && found.isPresent()) {
                after = currentId;
                nextId = found.get().id();
                letter = found.get();
            }
        }, failed -> { }); // a failed read ahead costs nothing: the letter is read when asked for
    }

    /** The next letter's id after {@code currentId}, if it was read ahead and is still good. */
    OptionalLong nextAfter(long currentId) {
        return letter != null && after == currentId ? OptionalLong.of(nextId) : OptionalLong.empty();
    }

    /** The letter read ahead, if it is {@code letterId}; taken (a second open reads it again). */
    Optional<StoredLetter> take(long letterId) {
        if (letter == null || nextId != letterId) {
            return Optional.empty();
        }
        StoredLetter l = letter;
        clear();
        return Optional.of(l);
    }

    /**
     * A write is queued for {@code letterId} while {@code openId} is open: a change of the open letter
     * keeps what was read ahead (the next letter is after it, and not it), any other drops it.
     */
    void writing(long letterId, long openId) {
        if (letterId != openId || letterId == nextId) {
            clear();
        }
    }

    void clear() {
        ticket++;
        after = -1;
        nextId = -1;
        letter = null;
    }
}
