package org.imrworkstation.review.ui.eval;

import java.util.Locale;

/** How the view writes figures: three decimals, as the command line prints F1. */
final class Figures {

    private Figures() {
    }

    static String f3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    /** "better", "worse" or "same" (half a thousandth counts as the same, as in eval --compare). */
    static String verdict(double a, double b) {
        return Math.abs(a - b) < 5e-4 ? "same" : b > a ? "better" : "worse";
    }
}
