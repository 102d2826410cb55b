package org.imrworkstation.export.agreement;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.imrworkstation.eval.SpanReport;

/**
 * Agreement of two annotators over the letters both annotated: per span type strict and lenient F1
 * (one annotator as "gold"; F1 is symmetric), Cohen's kappa for item decisions and each letter field,
 * and the disagreements.
 */
public record AgreementReport(String a, String b, int letters, List<SpanReport.Row> spans, Kappa decisions,
                              List<Kappa> fields, List<String> disagreements) {

    public void print(PrintWriter out, int maxDisagreements) {
        out.printf(Locale.ROOT, "agreement of %s and %s over %d letters%n", a, b, letters);
        out.printf(Locale.ROOT, "%-15s %5s %5s %8s %8s %6s%n", "span type", a.length() > 5 ? "A" : a,
                b.length() > 5 ? "B" : b, "F1", "F1len", "value");
        for (SpanReport.Row r : spans) {
            out.printf(Locale.ROOT, "%-15s %5d %5d %8.3f %8.3f %6.2f%n", r.type(), r.gold(), r.pred(), r.f1(),
                    r.f1Lenient(), r.valueAccuracy());
        }
        out.printf(Locale.ROOT, "%-22s %5s %9s %7s%n", "Cohen's kappa", "n", "observed", "kappa");
        line(out, decisions);
        fields.forEach(k -> line(out, k));
        out.printf(Locale.ROOT, "disagreements: %d (%s as gold: \"missed\" = only %s, \"spurious\" = only %s)%n",
                disagreements.size(), a, a, b);
        disagreements.stream().limit(maxDisagreements).forEach(d -> out.println("  " + d));
        if (disagreements.size() > maxDisagreements) {
            out.println("  (+" + (disagreements.size() - maxDisagreements) + " more)");
        }
    }

    private static void line(PrintWriter out, Kappa k) {
        out.printf(Locale.ROOT, "%-22s %5d %9s %7s%n", k.what(), k.n(), fixed(k.observed()),
                Double.isNaN(k.kappa()) ? "n/a" : fixed(k.kappa()));
    }

    private static String fixed(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x);
    }
}
