package org.imrworkstation.review.ui.eval;

/**
 * What to score: a frozen gold set, and one or two predictions, each an extractor version or a
 * JSONL file as {@code eval --gold-set} takes them.
 *
 * @param compare the second prediction, or null for one alone
 */
public record EvalRequest(String goldSet, String predicted, String compare) {

    public boolean comparing() {
        return compare != null;
    }
}
