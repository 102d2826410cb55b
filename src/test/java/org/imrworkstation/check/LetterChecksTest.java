package org.imrworkstation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrworkstation.check.TestLetters.DENIED;
import static org.imrworkstation.check.TestLetters.GRANTED;
import static org.imrworkstation.check.TestLetters.item;
import static org.imrworkstation.check.TestLetters.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.junit.jupiter.api.Test;

class LetterChecksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LetterChecks CHECKS = new LetterChecks(CheckData.defaults(), CLOCK);
    private static final Extractor EXTRACTOR = new Extractor();

    private static CheckReport check(String text) {
        return CHECKS.check(EXTRACTOR.extract("t.txt", text), text);
    }

    private static List<FlagKind> kinds(CheckReport r) {
        return r.flags().stream().map(Flag::kind).toList();
    }

    private static String clean() {
        return letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Flexeril 10mg #30: Upheld", "Flexeril is for short-term use. " + DENIED));
    }

    @Test
    void aCleanLetterHasNoFlags() {
        CheckReport r = check(clean());
        assertThat(r.flags()).isEmpty();
        assertThat(r.computedMed()).isNull();
    }

    @Test
    void injuryAfterTheUrDate() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "11/20/2016", "11/09/2016",
                item("Flexeril 10mg #30: Upheld", "Flexeril. " + DENIED)));
        assertThat(kinds(r)).containsExactly(FlagKind.INJURY_AFTER_UR_DATE);
        Flag f = r.flags().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("date of injury 2016-11-20 is after the UR date 2016-11-09");
        assertThat(f.where()).isNotEmpty();
    }

    @Test
    void injuryAfterTheLettersDate() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "02/01/2017", "11/09/2016",
                item("Flexeril 10mg #30: Upheld", "Flexeril. " + DENIED)));
        assertThat(kinds(r)).containsExactly(FlagKind.INJURY_AFTER_UR_DATE, FlagKind.INJURY_AFTER_LETTER_DATE);
        assertThat(r.flags()).filteredOn(f -> f.kind() == FlagKind.INJURY_AFTER_LETTER_DATE).first()
                .extracting(Flag::message).isEqualTo("date of injury 2017-02-01 is after the letter's date 2017-01-06");
    }

    @Test
    void aDateInTheFutureOfTheInjectedClock() {
        CheckReport r = check(letter("12/09/2016", "01/06/2018", "10/26/2015", "11/09/2016",
                item("Flexeril 10mg #30: Upheld", "Flexeril. " + DENIED)));
        assertThat(kinds(r)).containsExactly(FlagKind.FUTURE_DATE);
        assertThat(r.flags().get(0).message()).startsWith("date 2018-01-06").endsWith("(today is 2017-06-01)");
        // the same letter checked a year later has no flag
        LetterChecks later = new LetterChecks(CheckData.defaults(),
                Clock.fixed(Instant.parse("2018-06-01T00:00:00Z"), ZoneOffset.UTC));
        String text = letter("12/09/2016", "01/06/2018", "10/26/2015", "11/09/2016",
                item("Flexeril 10mg #30: Upheld", "Flexeril. " + DENIED));
        assertThat(later.check(EXTRACTOR.extract("t.txt", text), text).flags()).isEmpty();
    }

    @Test
    void anItemWithoutADecision() {
        String text = clean();
        LetterRecord r = EXTRACTOR.extract("t.txt", text);
        Item i = r.items().get(0);
        Item undecided = new Item(i.treatment(), i.drug(), i.strength(), i.quantity(), i.refills(), null, i.guidelines(),
                i.pages(), i.evidenceStart(), i.evidenceEnd());
        LetterRecord edited = new LetterRecord(r.letter(), r.layout(), null, r.spans(), List.of(undecided), r.fields());
        CheckReport report = CHECKS.check(edited, text);
        assertThat(kinds(report)).containsExactly(FlagKind.ITEM_WITHOUT_DECISION);
        assertThat(report.flags().get(0).message()).isEqualTo("\"Flexeril 10mg #30\" has no decision");
    }

    @Test
    void aDrugNamedOnlyInItsHeading() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Celebrex 200mg #30: Upheld", "The request lacks documentation. " + DENIED)));
        assertThat(kinds(r)).containsExactly(FlagKind.DRUG_NOT_ELSEWHERE);
        assertThat(r.flags().get(0).message()).contains("celecoxib");
    }

    @Test
    void aCombinationIsNamedElsewhereByItsOpioid() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Vicodin 5/300mg #60: Upheld", "Hydrocodone is not indicated. " + DENIED)));
        assertThat(kinds(r)).doesNotContain(FlagKind.DRUG_NOT_ELSEWHERE);
    }

    @Test
    void upheldOverARationaleThatEndsMedicallyNecessary() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Flexeril 10mg #30: Upheld", "Flexeril helps. " + GRANTED)));
        assertThat(kinds(r)).containsExactly(FlagKind.DECISION_CONTRADICTS_RATIONALE);
        assertThat(r.flags().get(0).message()).contains("is UPHELD but its rationale ends")
                .contains("the request is medically necessary");
    }

    @Test
    void overturnedOverARationaleThatEndsNotMedicallyNecessary() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Flexeril 10mg #30: Overturned", "Flexeril. The request is not medically\nnecessary.")));
        assertThat(kinds(r)).containsExactly(FlagKind.DECISION_CONTRADICTS_RATIONALE);
    }

    @Test
    void theClosingSentenceCountsNotAnEarlierMention() {
        // "found medically necessary above" is not the conclusion; the last sentence is
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Flexeril 10mg #30: Upheld", "Flexeril was found medically necessary above. Here it is not\n"
                        + "medically necessary.")));
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void aGuidelinePagePastTheEndOfTheChronicPainGuidelines() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Flexeril 10mg #30: Upheld", "Flexeril. MTUS Chronic Pain Medical Treatment Guidelines 2009 pg 263-266. "
                        + "Also pages 63-66. " + DENIED)));
        assertThat(kinds(r)).containsExactly(FlagKind.GUIDELINE_PAGE_OUT_OF_RANGE);
        Flag f = r.flags().get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo(
                "page 263 is outside MTUS Chronic Pain Medical Treatment Guidelines 2009 (pages 1-127)");
    }

    @Test
    void implausibleStrengthAndQuantity() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Baclofen 100mg #900: Upheld", "Baclofen is for spasticity. " + DENIED)));
        assertThat(kinds(r)).containsExactly(FlagKind.STRENGTH_IMPLAUSIBLE, FlagKind.QUANTITY_IMPLAUSIBLE);
        assertThat(r.flags().get(0).message()).endsWith("100 mg is outside the usual strengths of baclofen (5-20 mg)");
        assertThat(r.flags().get(1).message()).endsWith("quantity 900 is above the usual largest fill of baclofen (180)");
    }

    @Test
    void statedMedAboveTheArithmeticIsFlaggedWithTheArithmetic() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Norco 10/325mg 1 tab PO q4h #180: Upheld",
                        "Norco has been used for years; the morphine equivalent dose of 120 mg is high. " + DENIED)));
        assertThat(r.computedMed()).isEqualTo(60.0);
        assertThat(r.medArithmetic()).isEqualTo("Norco 10 mg x 6/day x 1");
        assertThat(kinds(r)).containsExactly(FlagKind.MED_MISMATCH);
        assertThat(r.flags().get(0).message()).isEqualTo("stated MED 120; computed 60 = Norco 10 mg x 6/day x 1");
    }

    @Test
    void statedMedWithinTenPercentIsNotFlagged() {
        // 10 x 6 x 1 + 20 x 2 x 1.5 = 120; stated 130 is within 10% of 120
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Norco 10/325mg 1 tab PO q4h #180: Upheld", "Norco. His MED is 130. " + DENIED),
                item("OxyContin 20mg 1 tab PO BID #60: Upheld", "OxyContin. " + DENIED)));
        assertThat(r.computedMed()).isEqualTo(120.0);
        assertThat(r.medArithmetic()).isEqualTo("Norco 10 mg x 6/day x 1 + OxyContin 20 mg x 2/day x 1.5");
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void theRegimenStatedInTheTextServesWhereTheHeadingHasNone() {
        String text = letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Percocet 10/325mg #90: Upheld",
                        "He takes Percocet 10/325mg three times daily; 180 MED per day is stated. " + DENIED));
        CheckReport r = check(text);
        assertThat(r.computedMed()).isEqualTo(45.0);
        assertThat(r.medArithmetic()).isEqualTo("Percocet 10 mg x 3/day (\"three times daily\") x 1.5");
        assertThat(kinds(r)).containsExactly(FlagKind.MED_MISMATCH);
    }

    @Test
    void methadoneByDoseBandAndFentanylPerMcgPerHour() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Methadone 10mg 1 tab PO TID #90: Upheld", "Methadone. " + DENIED),
                item("Duragesic 25mcg/hr #10: Upheld", "Duragesic. " + DENIED)));
        // methadone 30 mg a day: band 21-40, factor 8 -> 240; fentanyl 25 x 2.4 = 60
        assertThat(r.computedMed()).isEqualTo(300.0);
        assertThat(r.medArithmetic()).isEqualTo("Methadone 10 mg x 3/day x 8 + Duragesic 25 mcg/hr x 2.4");
    }

    @Test
    void aStatedMedWithoutAFrequencyIsReportedAsNotComputable() {
        CheckReport r = check(letter("12/09/2016", "01/06/2017", "10/26/2015", "11/09/2016",
                item("Norco 10/325mg #120: Upheld", "Norco. The MED is 40. " + DENIED)));
        assertThat(kinds(r)).containsExactly(FlagKind.MED_NOT_COMPUTABLE);
        assertThat(r.flags().get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(r.flags().get(0).message()).isEqualTo("stated MED 40 cannot be checked: Norco: no frequency");
    }

    @Test
    void everyKindIsExercised() {
        assertThat(FlagKind.values()).hasSize(11);
        assertThat(Decision.values()).contains(Decision.PARTIAL);
    }

    @Test
    void datesCompareAsFarAsBothAreKnown() {
        assertThat(LetterChecks.after("2016-11", "2016-10-30")).isTrue();
        assertThat(LetterChecks.after("2016-10", "2016-10-30")).isFalse();
        assertThat(LetterChecks.after("2016-10-31", "2016-10-30")).isTrue();
    }

    @Test
    void negativeConclusions() {
        assertThat(LetterChecks.negative("Therefore, the request is not medically necessary.")).isTrue();
        assertThat(LetterChecks.negative("The request is non-certified as not medically necessary.")).isTrue();
        assertThat(LetterChecks.negative("Therefore, the request is medically necessary.")).isFalse();
    }
}
