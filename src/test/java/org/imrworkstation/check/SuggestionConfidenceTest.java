package org.imrworkstation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.extract.Extractor;
import org.junit.jupiter.api.Test;

class SuggestionConfidenceTest {

    static Span span(SpanType t, int start, String text, String value) {
        return new Span(t, start, start + text.length(), text, value);
    }

    @Test
    void aStrengthRightAfterItsDrugIsSurerThanOneStandingAlone() {
        double[] c = SuggestionConfidence.of(List.of(
                span(SpanType.DRUG, 0, "Norco", "acetaminophen/hydrocodone"),
                span(SpanType.STRENGTH, 6, "10/325mg", "10/325 mg"),
                span(SpanType.STRENGTH, 400, "5 mg", "5 mg")));
        assertThat(c[1]).isGreaterThan(c[2]);
        assertThat(c[2]).isLessThan(SuggestionConfidence.LOW);
    }

    @Test
    void formsThatCollideOrAreGuessedScoreLower() {
        assertThat(SuggestionConfidence.of(span(SpanType.DRUG, 0, "gabapentin", "gabapentin"), -1))
                .isGreaterThan(SuggestionConfidence.of(span(SpanType.DRUG, 0, "Soma", "carisoprodol"), -1));
        assertThat(SuggestionConfidence.of(span(SpanType.DATE, 0, "03/04/2014", "2014-03-04"), -1))
                .isGreaterThan(SuggestionConfidence.of(span(SpanType.DATE, 0, "3/4/14", "2014-03-04"), -1))
                .isGreaterThan(SuggestionConfidence.of(span(SpanType.DATE, 0, "March 2014", "2014-03"), -1));
        assertThat(SuggestionConfidence.of(span(SpanType.PAIN_SCORE, 0, "7/10", "7"), -1))
                .isGreaterThan(SuggestionConfidence.of(span(SpanType.PAIN_SCORE, 0, "7", "7"), -1));
        assertThat(SuggestionConfidence.of(span(SpanType.QUANTITY, 0, "#120", "120"), -1))
                .isGreaterThan(SuggestionConfidence.of(span(SpanType.QUANTITY, 0, "120", "120"), -1));
    }

    @Test
    void everyExtractedSpanGetsAConfidenceBetweenZeroAndOne() {
        String text = "Norco 10/325mg #120 was requested on 10/14/2015. Pain is 7/10. Soma 350mg: Upheld";
        LetterRecord r = new Extractor().extract("x.txt", text);
        double[] c = SuggestionConfidence.of(r.spans());
        assertThat(c).hasSize(r.spans().size());
        for (double v : c) {
            assertThat(v).isBetween(0.0, 1.0);
        }
    }

    @Test
    void riskAddsFlagsUncertainSuggestionsAndRareDrugs() {
        Item common = new Item("Norco", "acetaminophen/hydrocodone", null, null, null, null, List.of(), "", null, null);
        Item rare = new Item("Horizant", "gabapentin enacarbil", null, null, null, null, List.of(), "", null, null);
        LetterRecord plain = new LetterRecord("a", null, null, List.of(), List.of(common), null);
        LetterRecord unusual = new LetterRecord("b", null, null, List.of(), List.of(common, rare), null);
        assertThat(RiskScore.base(plain, new double[] {0.95, 0.9})).isZero();
        assertThat(RiskScore.base(unusual, new double[] {0.95})).isEqualTo(RiskScore.PER_RARE_DRUG);
        assertThat(RiskScore.base(plain, new double[] {0.5, 0.6, 0.95})).isEqualTo(2 * RiskScore.PER_UNCERTAIN);
        assertThat(RiskScore.base(plain, new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}))
                .isEqualTo(RiskScore.UNCERTAIN_CAP);
        CheckReport report = new CheckReport("b", null, null, List.of(
                new Flag(FlagKind.MED_MISMATCH, Severity.ERROR, "m", List.of()),
                new Flag(FlagKind.FUTURE_DATE, Severity.WARNING, "f", List.of())));
        assertThat(RiskScore.of(plain, new double[0], report)).isEqualTo(130);
        assertThat(RiskScore.isCommon("acetaminophen/hydrocodone")).isTrue();
        assertThat(RiskScore.isCommon("acetaminophen/gabapentin enacarbil")).isFalse();
    }
}
