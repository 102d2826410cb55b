package org.imrworkstation.store;

/**
 * A filter of the corpus list, and its order; null parts do not filter. {@code drug} is a generic
 * value ("baclofen"); with a decision too, it is that drug's item that has the decision. {@code text}
 * is a case-insensitive substring of the letter's text. {@code sort} null is letter (import) order;
 * otherwise the list is in that column's order, {@code descending} the exact reverse of ascending
 * (decision 0010).
 */
public record LetterQuery(ReviewStatus status, String decision, String drug, String annotator, String text,
                          CorpusSort sort, boolean descending) {

    public static final LetterQuery ALL = new LetterQuery(null, null, null, null, null);

    /** A filter in letter order. */
    public LetterQuery(ReviewStatus status, String decision, String drug, String annotator, String text) {
        this(status, decision, drug, annotator, text, null, false);
    }

    public LetterQuery withStatus(ReviewStatus s) {
        return new LetterQuery(s, decision, drug, annotator, text, sort, descending);
    }

    public LetterQuery withDecision(String d) {
        return new LetterQuery(status, d, drug, annotator, text, sort, descending);
    }

    public LetterQuery withDrug(String d) {
        return new LetterQuery(status, decision, d, annotator, text, sort, descending);
    }

    public LetterQuery withAnnotator(String a) {
        return new LetterQuery(status, decision, drug, a, text, sort, descending);
    }

    public LetterQuery withText(String t) {
        return new LetterQuery(status, decision, drug, annotator, t, sort, descending);
    }

    /** The same filter sorted by a column ({@code null}: back to letter order). */
    public LetterQuery sortedBy(CorpusSort column, boolean desc) {
        return new LetterQuery(status, decision, drug, annotator, text, column, column != null && desc);
    }

    /** The same filter in letter order. */
    public LetterQuery unsorted() {
        return sortedBy(null, false);
    }

    /** Whether anything is filtered out (the order aside). */
    public boolean filters() {
        return !unsorted().equals(ALL);
    }
}
