package org.imrworkstation.review.ui.eval;

import java.util.Map;
import org.imrworkstation.export.gold.GoldEvaluation;

/**
 * A finished evaluation: the first prediction's figures, and with a comparison the second's and
 * what changed between them.
 *
 * @param goldSet   the gold set's name
 * @param letters   how many letters it has
 * @param a         the first (or only) prediction's result
 * @param b         the second's, or null
 * @param changes   A's errors B fixed and B's new ones, or null
 * @param sha256s   each gold letter's content hash by the name errors carry, to find the stored letter
 */
public record EvalOutcome(String goldSet, int letters, GoldEvaluation.Result a, GoldEvaluation.Result b,
                          GoldEvaluation.Changes changes, Map<String, String> sha256s) {

    public boolean comparing() {
        return b != null;
    }

    /** The result the table and error list show first: the newer one when comparing. */
    public GoldEvaluation.Result shown() {
        return b != null ? b : a;
    }
}
