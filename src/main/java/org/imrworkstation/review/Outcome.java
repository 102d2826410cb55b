package org.imrworkstation.review;

/** What became of a review action: done, refused with a reason for the clerk, or waiting for a "yes". */
public record Outcome(boolean done, boolean needsConfirmation, String message) {

    static final Outcome DONE = new Outcome(true, false, null);

    static Outcome refused(String message) {
        return new Outcome(false, false, message);
    }

    static Outcome confirm(String question) {
        return new Outcome(false, true, question);
    }
}
