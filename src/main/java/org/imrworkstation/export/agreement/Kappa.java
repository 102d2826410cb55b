package org.imrworkstation.export.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cohen's kappa of two annotators' categorical judgements of the same things: (po - pe) / (1 - pe),
 * po the observed agreement, pe the agreement expected from each one's category frequencies.
 * NaN when pe is 1 (both used one and the same category throughout: kappa is undefined there).
 */
public record Kappa(String what, int n, double observed, double kappa) {

    /** A pair of judgements; null is a category of its own ("not stated"). */
    public record Pair(String a, String b) {
    }

    public static Kappa of(String what, List<Pair> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return new Kappa(what, 0, Double.NaN, Double.NaN);
        }
        Map<String, Integer> ca = new HashMap<>();
        Map<String, Integer> cb = new HashMap<>();
        int agree = 0;
        for (Pair p : pairs) {
            String a = String.valueOf(p.a());
            String b = String.valueOf(p.b());
            ca.merge(a, 1, Integer::sum);
            cb.merge(b, 1, Integer::sum);
            if (Objects.equals(p.a(), p.b())) {
                agree++;
            }
        }
        double po = (double) agree / n;
        double pe = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            pe += (double) e.getValue() / n * cb.getOrDefault(e.getKey(), 0) / n;
        }
        double kappa = pe >= 1.0 - 1e-12 ? Double.NaN : (po - pe) / (1 - pe);
        return new Kappa(what, n, po, kappa);
    }
}
