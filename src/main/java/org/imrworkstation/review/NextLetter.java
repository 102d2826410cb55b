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

    /**
     * The letter a window opens on: the first unreviewed one, read and loaded in one go. The app
     * starts this on the store thread as soon as the database is open, so that it runs while the FX
     * thread builds and styles the window, not after.
     */
    public static java.util.Optional<org.imrworkstation.store.StoredLetter> first(
            org.imrworkstation.store.LetterStore letters) {
        OptionalLong next = after(letters, 0);
        return next.isEmpty() ? java.util.Optional.empty() : letters.load(next.getAsLong());
    }

    public static OptionalLong after(Stores s, long currentId) {
        return after(s.letters(), currentId);
    }

    public static OptionalLong after(org.imrworkstation.store.LetterStore letters, long currentId) {
        LetterQuery unreviewed = LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED);
        List<LetterSummary> page = letters.list(unreviewed, currentId, 1);
        if (page.isEmpty()) {
            page = letters.list(unreviewed, 0, 2);
        }
        return page.stream().mapToLong(LetterSummary::id).filter(id -> id != currentId).findFirst();
    }
}
