package org.imrworkstation.review.ui.eval;

/**
 * Opens a letter in the review window at a span. The window does it through its own session and
 * store queue, so the evaluation view never reads or writes a letter itself.
 */
@FunctionalInterface
public interface LetterOpener {

    /** The stored letter with this content hash, the span of this type at [start, end) current (or those offsets shown). */
    void openAt(String sha256, String type, int start, int end);
}
