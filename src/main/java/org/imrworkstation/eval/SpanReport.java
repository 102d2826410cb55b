package org.imrworkstation.eval;

import java.io.PrintStream;
import java.util.List;

/**
 * The figures of {@link SpanScorer}, as score.py prints them.
 *
 * @param rows          one row per scored type, in sorted type order
 * @param itemAccuracy  item fields right over item fields counted (1.0 when none)
 * @param fieldAccuracy letter fields right over letter fields counted (1.0 when none)
 * @param misses        what went wrong, letter by letter, in score.py's words and order
 */
public record SpanReport(List<Row> rows, double itemAccuracy, double fieldAccuracy, List<String> misses) {

    /**
     * One type's figures. Precision and recall are 0.0 when there is nothing to divide by; F1 is
     * 2tp/(gold+pred), 1.0 when both are zero; value accuracy is over the strict matches.
     */
    public record Row(String type, int gold, int pred, double precision, double recall, double f1,
            double f1Lenient, double valueAccuracy) {

        /** Lenient matches, recovered from lenient F1 = 2tp/(gold+pred): the scorer does not keep the count. */
        public int lenientMatches() {
            return gold + pred == 0 ? 0 : (int) Math.round(f1Lenient * (gold + pred) / 2);
        }

        public double precisionLenient() {
            return pred > 0 ? (double) lenientMatches() / pred : 0.0;
        }

        public double recallLenient() {
            return gold > 0 ? (double) lenientMatches() / gold : 0.0;
        }
    }

    public SpanReport {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no types scored");
        }
        rows = List.copyOf(rows);
        misses = List.copyOf(misses);
    }

    /** The lowest strict F1 of the types. */
    public double worstTypeF1() {
        double worst = Double.POSITIVE_INFINITY;
        for (Row r : rows) {
            worst = Math.min(worst, r.f1());
        }
        return worst;
    }

    /** Strict F1 of the types weighted by their gold counts; 0 when there are no gold spans. */
    public double microF1() {
        long total = 0;
        for (Row r : rows) {
            total += r.gold();
        }
        if (total == 0) {
            return 0;
        }
        double sum = 0; // left to right, as Python 3.11's sum()
        for (Row r : rows) {
            sum += r.f1() * r.gold();
        }
        return sum / total;
    }

    /** Every type's strict F1, the item accuracy and the field accuracy reach {@code minF1}. */
    public boolean passes(double minF1) {
        return Math.min(worstTypeF1(), Math.min(itemAccuracy, fieldAccuracy)) >= minF1;
    }

    /** score.py's exit status: 0 when {@link #passes}, else 1. */
    public int exitCode(double minF1) {
        return passes(minF1) ? 0 : 1;
    }

    /** "micro strict F1 ...; worst type F1 ...; items ...; fields ...". */
    public String summaryLine() {
        return "micro strict F1 " + PythonText.fixed(microF1(), 3) + "; worst type F1 "
                + PythonText.fixed(worstTypeF1(), 3) + "; items " + PythonText.fixed(itemAccuracy, 2)
                + "; fields " + PythonText.fixed(fieldAccuracy, 2);
    }

    /** The table, the accuracies, the first {@code maxMisses} misses and the summary line. */
    public void print(PrintStream out, int maxMisses) {
        out.println(PythonText.padRight("type", 15) + " " + String.join(" ", pad5("gold"), pad5("pred"), pad5("P"),
                pad5("R"), pad5("F1"), pad5("F1len"), pad5("value")));
        for (Row r : rows) {
            out.println(PythonText.padRight(r.type(), 15) + " " + String.join(" ", pad5(Integer.toString(r.gold())),
                    pad5(Integer.toString(r.pred())), f2(r.precision()), f2(r.recall()), f2(r.f1()),
                    f2(r.f1Lenient()), f2(r.valueAccuracy())));
        }
        out.println("items field accuracy " + PythonText.fixed(itemAccuracy, 2) + "; letter fields accuracy "
                + PythonText.fixed(fieldAccuracy, 2));
        int shown = Math.min(Math.max(maxMisses, 0), misses.size());
        for (String m : misses.subList(0, shown)) {
            out.println("  " + m);
        }
        if (misses.size() > shown) {
            out.println("  (+" + (misses.size() - shown) + " more)");
        }
        out.println(summaryLine());
    }

    private static String pad5(String s) {
        return PythonText.padLeft(s, 5);
    }

    private static String f2(double x) {
        return pad5(PythonText.fixed(x, 2));
    }
}
