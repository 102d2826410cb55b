package org.imrworkstation.store;

import org.imrworkstation.check.CheckReport;
import org.imrworkstation.check.LetterChecks;
import org.imrworkstation.check.RiskScore;
import org.imrworkstation.check.SuggestionConfidence;
import org.imrworkstation.record.LetterRecord;

/**
 * What the checks say of a letter before it is stored: its flags, each suggestion's confidence,
 * its risk without and with the flags. Pure and as costly as extraction itself, so an import
 * computes it on the extraction threads, not on the one thread that writes the database. So is
 * {@code flagWhere}: each flag's stretches of text as the JSON stored with it.
 */
public record Assessment(CheckReport report, double[] confidences, int baseRisk, int risk, String[] flagWhere) {

    private static final LetterChecks CHECKS = new LetterChecks();

    public static Assessment of(LetterRecord record, String text) {
        CheckReport report = CHECKS.check(record, text);
        double[] confidences = SuggestionConfidence.of(record.spans());
        String[] where = report.flags().stream().map(f -> LetterAssessment.whereJson(f.where()))
                .toArray(String[]::new);
        return new Assessment(report, confidences, RiskScore.base(record, confidences),
                RiskScore.of(record, confidences, report), where);
    }
}
