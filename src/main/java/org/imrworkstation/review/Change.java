package org.imrworkstation.review;

import java.util.function.Consumer;

/**
 * One change of a review action: what it does to the working copy, how to take it back there, and
 * the store call that records it (one change_log row, so that an undo is one undoLast()).
 */
record Change(String label, long letterId, Consumer<Draft> apply, Consumer<Draft> revert, Consumer<Stores> write) {

    void applyTo(Draft d) {
        if (d != null && d.letterId() == letterId) {
            apply.accept(d);
        }
    }

    void revertOn(Draft d) {
        if (d != null && d.letterId() == letterId) {
            revert.accept(d);
        }
    }
}
