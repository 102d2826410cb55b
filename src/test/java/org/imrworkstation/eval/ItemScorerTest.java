package org.imrworkstation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.imrworkstation.eval.EvalFixtures.printed;
import static org.imrworkstation.eval.EvalFixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemScorerTest {

    private static final double EPS = 1e-9;

    static final String GOLD_1 = "{\"letter\": \"CM1.txt\", \"items\": ["
            + "{\"treatment\": \"Baclofen 10mg #30\", \"decision\": \"UPHELD\", \"drug_name\": \"Baclofen\"},"
            + " {\"treatment\": \"Physical therapy x 6\", \"decision\": \"PARTIALLY_OVERTURNED\", \"drug_name\": null}],"
            + " \"fields\": {\"patient_age\": 37,"
            + " \"reviewer_specialty\": \"Physical Medicine & Rehabilitation, Pain Medicine\"}}";
    static final String GOLD_2 = "{\"letter\": \"CM2.txt\", \"items\": ["
            + "{\"treatment\": \"Norco 10/325mg #90\", \"decision\": \"OVERTURNED\", \"drug_name\": \"Norco\"}],"
            + " \"fields\": {\"patient_sex\": \"F\"}}";
    static final String PRED_1 = "{\"letter\": \"CM1.pdf\", \"spans\": [], \"items\": ["
            + "{\"treatment\": \"Baclofen 10 mg #30\", \"drug\": \"baclofen\", \"decision\": \"UPHELD\"},"
            + " {\"treatment\": \"Physical therapy x 6\", \"drug\": null, \"decision\": \"UPHELD\"}],"
            + " \"fields\": {\"patient_age\": 37.0, \"reviewer_specialty\": \"physical medicine and rehabilitation\"}}";
    static final String PRED_2 = "{\"letter\": \"dir/CM2.txt\", \"spans\": [], \"items\": ["
            + "{\"treatment\": \"Norco 10/325mg #90\", \"drug\": \"hydrocodone\", \"decision\": \"OVERTURNED\"},"
            + " {\"treatment\": \"Extra thing\", \"drug\": null, \"decision\": \"UPHELD\"}],"
            + " \"fields\": {\"patient_sex\": \"M\"}}";

    @TempDir
    Path dir;

    @Test
    void decisionMissCountMismatchAndFieldRules() {
        ItemReport report = new ItemScorer().score(write(dir, "gold.jsonl", GOLD_1, GOLD_2),
                write(dir, "pred.jsonl", PRED_1, PRED_2));

        // CM1: counts agree, items in order. Item 1: treatment tokens {baclofen,10mg,30} vs
        // {baclofen,10,mg,30}: Jaccard 2/5 < 0.8. Item 2: decision UPHELD != PARTIAL.
        // Fields: 37 == 37.0; the specialty is the first of the gold's two, '&' == 'and'.
        // CM2: 2 items for 1; the gold item takes the identical treatment. Field sex M != F.
        assertThat(report.letters()).isEqualTo(2);
        assertThat(report.items()).isEqualTo(3);
        assertThat(report.countAccuracy()).isEqualTo(0.5);
        assertThat(report.decisionAccuracy()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(report.treatmentAccuracy()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(report.drugAccuracy()).isEqualTo(1.0);
        assertThat(report.fieldAccuracy()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(report.misses()).containsExactly(
                "CM1: treatment 'Baclofen 10 mg #30' != 'Baclofen 10mg #30'",
                "CM1: 'Physical therapy x 6' decision UPHELD != PARTIAL",
                "CM2: 2 items, gold 1",
                "CM2: field patient_sex 'M' != 'F'");
        assertThat(report.exitCode(0.5)).isZero();
        assertThat(report.exitCode(0.95)).isEqualTo(1);
        assertThat(printed(out -> report.print(out, 3))).isEqualTo("""
                CM1: treatment 'Baclofen 10 mg #30' != 'Baclofen 10mg #30'
                CM1: 'Physical therapy x 6' decision UPHELD != PARTIAL
                CM2: 2 items, gold 1
                ... 1 more
                2 letters, 3 items: item count 0.500; decisions 0.667; treatment 0.667; drug/non-drug 1.000; fields 0.667
                """);
    }

    @Test
    void unmatchedGoldItemsAreMissedWhenCountsDiffer() {
        String gold = "{\"letter\": \"X.txt\", \"items\": ["
                + "{\"treatment\": \"Lumbar MRI\", \"decision\": \"UPHELD\", \"drug_name\": null},"
                + " {\"treatment\": \"Acupuncture 6 sessions\", \"decision\": \"OVERTURNED\", \"drug_name\": null}]}";
        String pred = "{\"letter\": \"X.txt\", \"items\": ["
                + "{\"treatment\": \"Acupuncture, 6 sessions\", \"drug\": null, \"decision\": \"overturned\"}]}";
        ItemReport report = new ItemScorer().score(write(dir, "g.jsonl", gold), write(dir, "p.jsonl", pred));

        assertThat(report.misses()).containsExactly("X: 1 items, gold 2", "X: missed item 'Lumbar MRI'");
        assertThat(report.countAccuracy()).isZero();
        assertThat(report.decisionAccuracy()).isEqualTo(0.5);
        assertThat(report.treatmentAccuracy()).isEqualTo(0.5);
        assertThat(report.drugAccuracy()).isEqualTo(0.5);
        assertThat(report.fieldAccuracy()).isEqualTo(1.0); // no gold fields
    }

    @Test
    void letterWithoutRecordMissesAllItsItems() {
        ItemReport report = new ItemScorer().score(write(dir, "gold.jsonl", GOLD_2), write(dir, "pred.jsonl", ""));
        assertThat(report.misses()).containsExactly("CM2: no record", "CM2: 0 items, gold 1",
                "CM2: missed item 'Norco 10/325mg #90'", "CM2: field patient_sex None != 'F'");
        assertThat(report.summaryLine()).isEqualTo(
                "1 letters, 1 items: item count 0.000; decisions 0.000; treatment 0.000; drug/non-drug 0.000; fields 0.000");
    }
}
