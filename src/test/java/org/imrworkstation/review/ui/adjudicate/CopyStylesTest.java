package org.imrworkstation.review.ui.adjudicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.imrworkstation.export.agreement.Disagreement;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.State;
import org.imrworkstation.store.StoredSpan;
import org.junit.jupiter.api.Test;

/** A copy's styles: the per-type highlight, with the disagreements boxed (settled, current). */
class CopyStylesTest {

    static final String TEXT = "Takes Norco 10/325mg and Soma daily.";

    static StoredSpan span(long id, SpanType t, String what, State s) {
        int start = TEXT.indexOf(what);
        return new StoredSpan(id, t, start, start + what.length(), what, null, Origin.EXTRACTED, s, null, null);
    }

    /** The classes of every character, to read the result as the text area would. */
    static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }

    @Test
    void disagreementsAreBoxedOverTheTypeStyles() {
        StoredSpan norco = span(1, SpanType.DRUG, "Norco", State.ACCEPTED);
        StoredSpan soma = span(2, SpanType.DRUG, "Soma", State.REJECTED);
        Disagreement atNorco = new Disagreement.Spans(norco.start(), norco.end(), List.of(norco), List.of());
        Disagreement atSoma = new Disagreement.Spans(soma.start(), soma.end(), List.of(soma), List.of());
        Disagreement field = new Disagreement.Field("patient_age", "52", null);
        List<Collection<String>> c = perChar(CopyStyles.compute(TEXT, List.of(norco, soma), List.of(),
                List.of(atNorco, atSoma, field), d -> d == atSoma, atNorco));

        assertThat(c).hasSize(TEXT.length());
        assertThat(c.get(norco.start())).contains("span", "t-drug", "s-accepted", "disagree", "disagree-current")
                .doesNotContain("settled");
        assertThat(c.get(norco.end() - 1)).contains("disagree-current");
        assertThat(c.get(soma.start())).contains("t-drug", "s-rejected", "disagree", "settled")
                .doesNotContain("disagree-current");
        assertThat(c.get(0)).isEmpty();
        assertThat(c.get(norco.end())).isEmpty();
    }
}
