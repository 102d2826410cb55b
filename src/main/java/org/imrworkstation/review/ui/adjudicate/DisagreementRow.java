package org.imrworkstation.review.ui.adjudicate;

import java.util.Set;
import org.imrworkstation.export.agreement.Disagreement;
import org.imrworkstation.export.agreement.LetterAdjudication;

/** A disagreement as the table shows it: each side, the final version, and whether it is decided. */
record DisagreementRow(int number, Disagreement d, String a, String b, String fin, boolean settled, String finalIs) {

    static DisagreementRow of(int number, Disagreement d, LetterAdjudication l, Set<String> decidedWithoutChange) {
        String a;
        String b;
        if (d instanceof Disagreement.Spans s) {
            a = Disagreement.Spans.describe(s.a());
            b = Disagreement.Spans.describe(s.b());
        } else if (d instanceof Disagreement.Items i) {
            a = i.describe(i.a());
            b = i.describe(i.b());
        } else {
            Disagreement.Field f = (Disagreement.Field) d;
            a = Disagreement.Field.describe(f.a());
            b = Disagreement.Field.describe(f.b());
        }
        boolean settled = l.settled(d, decidedWithoutChange);
        return new DisagreementRow(number, d, a, b, l.finalVersion(d), settled, settled ? l.finalIs(d) : "open");
    }
}
