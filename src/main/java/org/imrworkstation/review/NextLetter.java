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

    public static OptionalLong after(Stores s, long currentId) {
        LetterQuery unreviewed = LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED);
        List<LetterSummary> page = s.letters().list(unreviewed, currentId, 1);
        if (page.isEmpty()) {
            page = s.letters().list(unreviewed, 0, 2);
        }
        return page.stream().mapToLong(LetterSummary::id).filter(id -> id != currentId).findFirst();
    }
}
