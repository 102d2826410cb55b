package org.imrworkstation.eval;

import java.io.PrintStream;
import java.util.List;

/**
 * The figures of {@link ItemScorer}, as score_items.py prints them. Each accuracy is 1.0 when
 * there is nothing to count.
 *
 * @param letters           gold letters
 * @param items             gold items
 * @param countAccuracy     letters whose predicted item count equals the gold one
 * @param decisionAccuracy  gold items whose decision was predicted (a missing item is wrong)
 * @param treatmentAccuracy gold items whose treatment was predicted (token Jaccard >= 0.8)
 * @param drugAccuracy      gold items whose drug/non-drug status was predicted
 * @param fieldAccuracy     gold letter fields predicted
 * @param misses            what went wrong, in score_items.py's words and order
 */
public record ItemReport(int letters, int items, double countAccuracy, double decisionAccuracy,
        double treatmentAccuracy, double drugAccuracy, double fieldAccuracy, List<String> misses) {

    public ItemReport {
        misses = List.copyOf(misses);
    }

    /** Item count, decision and field accuracy all reach {@code min}. */
    public boolean passes(double min) {
        return Math.min(countAccuracy, Math.min(decisionAccuracy, fieldAccuracy)) >= min;
    }

    /** score_items.py's exit status: 0 when {@link #passes}, else 1. */
    public int exitCode(double min) {
        return passes(min) ? 0 : 1;
    }

    /** "N letters, M items: item count ...; decisions ...; treatment ...; drug/non-drug ...; fields ...". */
    public String summaryLine() {
        return letters + " letters, " + items + " items: item count " + PythonText.fixed(countAccuracy, 3)
                + "; decisions " + PythonText.fixed(decisionAccuracy, 3) + "; treatment "
                + PythonText.fixed(treatmentAccuracy, 3) + "; drug/non-drug " + PythonText.fixed(drugAccuracy, 3)
                + "; fields " + PythonText.fixed(fieldAccuracy, 3);
    }

    /** The first {@code maxMisses} misses, "... N more", and the summary line. */
    public void print(PrintStream out, int maxMisses) {
        int shown = Math.min(Math.max(maxMisses, 0), misses.size());
        for (String m : misses.subList(0, shown)) {
            out.println(m);
        }
        if (misses.size() > shown) {
            out.println("... " + (misses.size() - shown) + " more");
        }
        out.println(summaryLine());
    }
}
