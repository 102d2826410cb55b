package org.imrworkstation.review;

import java.util.List;
import java.util.OptionalLong;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.LetterSummary;
import org.imrworkstation.store.ReviewStatus;

/** "Next unreviewed": the first unreviewed letter after this one in id order, else the first of all. */
public final class NextLetter {

    private NextLetter() {
    }

    /**
     * The riskiest unreviewed letter other than this one (flags, uncertain suggestions, uncommon
     * drugs first; see check.RiskScore): the order an annotation lead wants mistakes found in.
     */
    public static OptionalLong riskiest(org.imrworkstation.store.FlagStore flags, long currentId) {
        LetterQuery unreviewed = LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED);
        return flags.byRisk(unreviewed, null, 2).stream().mapToLong(e -> e.letter().id())
                .filter(id -> id != currentId).findFirst();
    }

    public static OptionalLong after(Stores s, long currentId) {
        LetterQuery unreviewed = LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED);
        List<LetterSummary> page = s.letters().list(unreviewed, currentId, 1);
        if (page.isEmpty()) {
            page = s.letters().list(unreviewed, 0, 2);
        }
        return page.stream().mapToLong(LetterSummary::id).filter(id -> id != currentId).findFirst();
    }
}
