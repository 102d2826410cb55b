package org.imrworkstation.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrworkstation.extract.SpanAssertions.extract;
import static org.imrworkstation.extract.SpanAssertions.spans;
import static org.imrworkstation.extract.SpanAssertions.texts;
import static org.imrworkstation.extract.SpanAssertions.values;

import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The traps the issue names: things that look like spans and are not, and spans broken up. */
class SpanTrapsTest {

    @Test
    void painScoresAreNotDates() {
        String t = "Pain was rated 5-6/10 with medication and 7/10 without, 10/10 at worst, 0/10 at best.";
        assertThat(texts(t, SpanType.PAIN_SCORE)).containsExactly("5-6/10", "7/10", "10/10", "0/10");
        assertThat(values(t, SpanType.PAIN_SCORE)).containsExactly("5-6", "7", "10", "0");
        assertThat(spans(t, SpanType.DATE)).isEmpty();
    }

    @Test
    void muscleGradesAndPercentagesAreNotPain() {
        String t = "Strength was 4/5 for hip flexion, otherwise 5/5. Medications help decrease pain by 50%.";
        assertThat(spans(t, SpanType.PAIN_SCORE)).isEmpty();
    }

    @Test
    void painAcrossLineBreaksAndInWords() {
        String t = "Her pain at worst was 10 out of 10, least 3 out of 10 and average 5-6 out \n\nof 10 today.";
        assertThat(texts(t, SpanType.PAIN_SCORE)).containsExactly("10 out of 10", "3 out of 10", "5-6 out \n\nof 10");
        assertThat(values(t, SpanType.PAIN_SCORE)).containsExactly("10", "3", "5-6");
    }

    @Test
    void aRangeWithoutScaleTakesItFromTheSentence() {
        String t = "Pain decreased from 8 to 10 to 3/10 with the injection.";
        assertThat(texts(t, SpanType.PAIN_SCORE)).containsExactly("8 to 10", "3/10");
        assertThat(values(t, SpanType.PAIN_SCORE)).containsExactly("8-10", "3");
    }

    @Test
    void spineLevelsYearsAndCaseNumbersAreNotDates() {
        String t = "Fusion at L5-S1 and stenosis at C6-7 and L4-5 in 2008. Procedures from 2011 to 2013 per "
                + "MTUS Guidelines 2009. Case CM16-0233904 was assigned.";
        assertThat(spans(t, SpanType.DATE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "injured on 3-31-05 at work|3-31-05|2005-03-31",
        "seen on 11/16/1999 for pain|11/16/1999|1999-11-16",
        "seen on 01/08/2013 again|01/08/2013|2013-01-08",
        "seen on 11/16/99 again|11/16/99|1999-11-16",
        "trial (8-2010) failed|8-2010|2010-08",
        "trial in 08/2010 failed|08/2010|2010-08",
        "a trial in August of 2010 failed|August of 2010|2010-08",
        "a trial in August 2010 failed|August 2010|2010-08",
        "injured on September 8, 2006 when|September 8, 2006|2006-09-08",
        "injured on Sept. 8, 2006 when|Sept. 8, 2006|2006-09-08",
        "signed 2016-11-09 by|2016-11-09|2016-11-09",
    })
    void datesInEveryStyle(String text, String span, String value) {
        assertThat(texts(text, SpanType.DATE)).containsExactly(span);
        assertThat(values(text, SpanType.DATE)).containsExactly(value);
    }

    @Test
    void aDateBrokenAtItsHyphenAtALineEndIsStillADate() {
        String t = "The report dated 10-30-\n2016 was reviewed.";
        assertThat(texts(t, SpanType.DATE)).containsExactly("10-30-\n2016");
        assertThat(values(t, SpanType.DATE)).containsExactly("2016-10-30");
    }

    @Test
    void impossibleCalendarDatesAreNotDates() {
        assertThat(spans("seen on 2/30/2015 and 13/01/2015", SpanType.DATE)).isEmpty();
    }

    @Test
    void morphineEquivalentDoseIsNotADrugNorAStrength() {
        String t = "The morphine equivalent dose of 120 mg exceeds the limit. Morphine was stopped.";
        assertThat(texts(t, SpanType.DRUG)).containsExactly("Morphine");
        assertThat(spans(t, SpanType.STRENGTH)).isEmpty();
    }

    @Test
    void drugClassesAreNotDrugs() {
        String t = "Opioids, NSAIDs, muscle relaxants and benzodiazepines; an epidural steroid injection was given.";
        assertThat(spans(t, SpanType.DRUG)).isEmpty();
    }

    @Test
    void drugsAreNormalisedToGenericsLongestFirst() {
        String t = "Meds: Norco, Anaprox DS, OxyContin, oxycodone, Senokot-S, FLEXERIL and Soprodal 350.";
        assertThat(texts(t, SpanType.DRUG))
                .containsExactly("Norco", "Anaprox DS", "OxyContin", "oxycodone", "Senokot-S", "FLEXERIL", "Soprodal");
        assertThat(values(t, SpanType.DRUG)).containsExactly("acetaminophen/hydrocodone", "naproxen", "oxycodone",
                "oxycodone", "docusate/sennosides", "cyclobenzaprine", "carisoprodol");
    }

    @Test
    void strengthsQuantitiesAndRefillsOfAPrescription() {
        String t = "Norco 10/325mg #120 and Flexeril 10 mg /tab: 1 tab PO QD # 30, Refill: 2 and "
                + "Fexmid 7.5mg #90 with 2 refills, Lidoderm 5% patch with one refill, Vicoprofen 7.5-200 mg.";
        assertThat(values(t, SpanType.STRENGTH)).containsExactly("10/325 mg", "10 mg", "7.5 mg", "5 %", "7.5/200 mg");
        assertThat(texts(t, SpanType.QUANTITY)).containsExactly("#120", "# 30", "#90");
        assertThat(values(t, SpanType.QUANTITY)).containsExactly("120", "30", "90");
        assertThat(texts(t, SpanType.REFILLS)).containsExactly("Refill: 2", "2 refills", "one refill");
        assertThat(values(t, SpanType.REFILLS)).containsExactly("2", "2", "1");
    }

    @Test
    void guidelinePagesAfterTheirCueOnly() {
        String t = "MTUS Chronic Pain Guidelines Page(s): 63-66; 41. See also pg 78 and pages 74-96.\n"
                + "Page 3 of 5\nThe patient was seen on page 2 of the report.";
        assertThat(texts(t, SpanType.GUIDELINE_PAGE)).containsExactly("63-66; 41", "78", "74-96");
        assertThat(values(t, SpanType.GUIDELINE_PAGE)).containsExactly("63-66,41", "78", "74-96");
    }

    @Test
    void pageFurnitureInAParagraphNeitherCreatesNorBreaksSpans() {
        String t = "Her pain was rated 5-6 out\nPage 3 of 5\nCM16-0233904\nof 10 on 8/24/15 per the report.";
        var pain = spans(t, SpanType.PAIN_SCORE);
        assertThat(pain).hasSize(1);
        assertThat(pain.get(0).value()).isEqualTo("5-6");
        assertThat(values(t, SpanType.DATE)).containsExactly("2015-08-24");
        assertThat(spans(t, SpanType.GUIDELINE_PAGE)).isEmpty();
    }

    @Test
    void spansNeverOverlapAndQuoteTheirText() {
        String t = "Tylenol #3 #30 and Norco 10/325mg #120 on 8/10/15, pain 8/10.";
        var record = extract(t);
        for (Span s : record.spans()) {
            assertThat(t.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        for (int i = 1; i < record.spans().size(); i++) {
            assertThat(record.spans().get(i).start()).isGreaterThanOrEqualTo(record.spans().get(i - 1).end());
        }
        assertThat(values(t, SpanType.DATE)).containsExactly("2015-08-10");
        assertThat(values(t, SpanType.PAIN_SCORE)).containsExactly("8");
    }

    @Test
    void variantsSeenInOtherLetters() {
        String t = "Norco 10mg/325mg #90, Omeprazole DR 20mg #30 and pain rated 7 on a scale of 1 to 10.";
        assertThat(values(t, SpanType.STRENGTH)).containsExactly("10/325 mg", "20 mg");
        assertThat(texts(t, SpanType.PAIN_SCORE)).containsExactly("7 on a scale of 1 to 10");
        assertThat(values(t, SpanType.PAIN_SCORE)).containsExactly("7");
    }

    @Test
    void aScoreAfterAHyphenAndAHyphenatedMorphineEquivalent() {
        String t = "Pain 7/10-8/10 on Norco; the morphine-equivalent dose is 90 and Morphine helped.";
        assertThat(texts(t, SpanType.PAIN_SCORE)).containsExactly("7/10", "8/10");
        assertThat(texts(t, SpanType.DRUG)).containsExactly("Norco", "Morphine");
        assertThat(texts("rated 5-6/10 today", SpanType.PAIN_SCORE)).containsExactly("5-6/10");
    }
}
