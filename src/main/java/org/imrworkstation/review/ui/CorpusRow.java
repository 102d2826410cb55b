package org.imrworkstation.review.ui;

import java.time.OffsetDateTime;
import org.imrworkstation.store.LetterDetails;
import org.imrworkstation.store.LetterSummary;
import org.imrworkstation.store.ReviewStatus;

/** One row of the corpus table; the status follows the clerk's verify/flag without a reload. */
public record CorpusRow(LetterSummary summary, LetterDetails details, ReviewStatus status, String annotator,
                        OffsetDateTime lastChange) {

    static CorpusRow of(LetterSummary s, LetterDetails d) {
        return new CorpusRow(s, d, s.status(), s.annotator(), s.lastChange());
    }

    CorpusRow with(ReviewStatus st, String who, OffsetDateTime at) {
        return new CorpusRow(summary, details, st, who, at);
    }

    public long id() {
        return summary.id();
    }
}
