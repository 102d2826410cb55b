package org.imrworkstation.store.stats;

/**
 * What reviewers made of the extractor's suggestions of one span type: accepted unchanged,
 * corrected (edited), rejected; and the mentions it missed (spans a reviewer added). Suggestions
 * nobody has judged yet are not counted.
 */
public record SuggestionOutcome(String type, long accepted, long corrected, long rejected, long missed) {

    /** Suggestions a reviewer judged. */
    public long judged() {
        return accepted + corrected + rejected;
    }

    public double acceptedShare() {
        return share(accepted);
    }

    public double correctedShare() {
        return share(corrected);
    }

    public double rejectedShare() {
        return share(rejected);
    }

    /** Corrected or rejected, of the judged suggestions: how often the extractor is wrong on this type. */
    public double errorShare() {
        return share(corrected + rejected);
    }

    private double share(long n) {
        return judged() == 0 ? Double.NaN : (double) n / judged();
    }
}
