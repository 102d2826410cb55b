package org.imrworkstation.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Lenient precision and recall, recovered from lenient F1 for the evaluation table. */
class SpanReportRowTest {

    @Test
    void lenientPrecisionAndRecallComeFromTheLenientMatches() {
        // 4 gold, 6 predicted, 3 overlapping: lenient F1 = 6/10
        SpanReport.Row r = new SpanReport.Row("DRUG", 4, 6, 2 / 6.0, 2 / 4.0, 0.4, 0.6, 1.0);
        assertThat(r.lenientMatches()).isEqualTo(3);
        assertThat(r.precisionLenient()).isCloseTo(0.5, within(1e-12));
        assertThat(r.recallLenient()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void nothingToDivideByIsZeroAsInTheStrictFigures() {
        SpanReport.Row none = new SpanReport.Row("DATE", 0, 0, 0, 0, 1.0, 1.0, 0);
        assertThat(none.lenientMatches()).isZero();
        assertThat(none.precisionLenient()).isZero();
        assertThat(none.recallLenient()).isZero();
        SpanReport.Row onlyPredicted = new SpanReport.Row("DATE", 0, 3, 0, 0, 0, 0, 0);
        assertThat(onlyPredicted.precisionLenient()).isZero();
    }
}
