package org.imrworkstation.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo of whole commands. Undo reverts the working copy and, in the store, calls
 * undoLast() once per change (the change log is append-only: an undo is itself logged); redo
 * applies the command's writes again. A new command clears the redo side, as editors do.
 */
final class CommandStack {

    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();

    void pushNew(Command c) {
        done.push(c);
        undone.clear();
    }

    Optional<Command> popUndo() {
        Command c = done.poll();
        if (c != null) {
            undone.push(c);
        }
        return Optional.ofNullable(c);
    }

    Optional<Command> popRedo() {
        Command c = undone.poll();
        if (c != null) {
            done.push(c);
        }
        return Optional.ofNullable(c);
    }

    boolean canUndo() {
        return !done.isEmpty();
    }

    boolean canRedo() {
        return !undone.isEmpty();
    }

    Optional<Command> peekUndo() {
        return Optional.ofNullable(done.peek());
    }

    Optional<Command> peekRedo() {
        return Optional.ofNullable(undone.peek());
    }
}
