package org.imrworkstation.store;

/**
 * A filter of the corpus list; null parts do not filter. {@code drug} is a generic value
 * ("baclofen"); with a decision too, it is that drug's item that has the decision. {@code text}
 * is a case-insensitive substring of the letter's text.
 */
public record LetterQuery(ReviewStatus status, String decision, String drug, String annotator, String text) {

    public static final LetterQuery ALL = new LetterQuery(null, null, null, null, null);

    public LetterQuery withStatus(ReviewStatus s) {
        return new LetterQuery(s, decision, drug, annotator, text);
    }

    public LetterQuery withDecision(String d) {
        return new LetterQuery(status, d, drug, annotator, text);
    }

    public LetterQuery withDrug(String d) {
        return new LetterQuery(status, decision, d, annotator, text);
    }

    public LetterQuery withAnnotator(String a) {
        return new LetterQuery(status, decision, drug, a, text);
    }

    public LetterQuery withText(String t) {
        return new LetterQuery(status, decision, drug, annotator, t);
    }
}
