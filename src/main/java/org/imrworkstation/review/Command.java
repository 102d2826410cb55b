package org.imrworkstation.review;

import java.util.List;

/** A review action as the clerk sees it ("accept", "accept all DRUG"): undone and redone as a whole. */
record Command(String label, long letterId, List<Change> changes) {

    Command {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a command changes something");
        }
    }
}
