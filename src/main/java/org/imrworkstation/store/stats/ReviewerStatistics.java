package org.imrworkstation.store.stats;

import java.util.List;

/**
 * Reviewer statistics for one filter (see {@link ReviewerStats} for what each figure counts).
 *
 * @param verifiedPerDay by day, then annotator
 * @param seconds        by annotator
 * @param corrections    by span type, then reason
 * @param suggestions    the span types where reviewers changed most first
 */
public record ReviewerStatistics(StatsFilter filter, List<VerifiedPerDay> verifiedPerDay,
                                 List<SecondsPerLetter> seconds, List<CorrectionCount> corrections,
                                 List<SuggestionOutcome> suggestions) {

    public long verifiedTotal() {
        return verifiedPerDay.stream().mapToLong(VerifiedPerDay::letters).sum();
    }

    public long correctionTotal() {
        return corrections.stream().mapToLong(CorrectionCount::count).sum();
    }
}
