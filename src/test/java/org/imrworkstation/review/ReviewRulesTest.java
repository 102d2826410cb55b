package org.imrworkstation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.State;
import org.junit.jupiter.api.Test;

/** The small rules behind the review actions: reasons, edges, guessed values, field and cell checks. */
class ReviewRulesTest {

    static DraftSpan span(SpanType t, int s, int e, Origin o, Reason r) {
        return new DraftSpan(new Ref(1), t, s, e, "x", "v", o, State.SUGGESTED, r);
    }

    @Test
    void reasonsAreInferredFromTheCorrection() {
        DraftSpan s = span(SpanType.DRUG, 10, 15, Origin.EXTRACTED, null);
        assertThat(Reasons.forEdit(s, SpanType.DRUG, 9, 15, "v")).isEqualTo(Reason.BOUNDARY);
        assertThat(Reasons.forEdit(s, SpanType.DATE, 10, 15, "v")).isEqualTo(Reason.TYPE);
        assertThat(Reasons.forEdit(s, SpanType.DRUG, 10, 15, "w")).isEqualTo(Reason.VALUE);
        assertThat(Reasons.forReject(s)).isEqualTo(Reason.SPURIOUS);
        // the most serious reason stays
        assertThat(Reasons.forEdit(span(SpanType.DRUG, 10, 15, Origin.EXTRACTED, Reason.TYPE), SpanType.DRUG, 9, 15,
                "v")).isEqualTo(Reason.TYPE);
        assertThat(Reasons.forEdit(span(SpanType.DRUG, 10, 15, Origin.EXTRACTED, Reason.VALUE), SpanType.DRUG, 9,
                15, "v")).isEqualTo(Reason.BOUNDARY);
        assertThat(Reasons.forEdit(span(SpanType.DRUG, 10, 15, Origin.MANUAL, Reason.MISSED), SpanType.DATE, 9, 15,
                "v")).isEqualTo(Reason.MISSED);
    }

    @Test
    void edgesMoveByCharacterOrWord() {
        String t = "Norco 10/325mg #120";
        //          0123456789012345678
        assertThat(TextEdges.move(t, 5, 1, false)).isEqualTo(6);
        assertThat(TextEdges.move(t, 0, -1, false)).isZero();
        assertThat(TextEdges.move(t, t.length(), 1, false)).isEqualTo(t.length());
        assertThat(TextEdges.move(t, 5, 1, true)).isEqualTo(8);    // over " 10"
        assertThat(TextEdges.move(t, 8, 1, true)).isEqualTo(14);   // over "/325mg"
        assertThat(TextEdges.move(t, 14, -1, true)).isEqualTo(9);  // back over "325mg"
        assertThat(TextEdges.move(t, 6, -1, true)).isZero();       // back over " " and "Norco"
    }

    @Test
    void addedSpansStartWithAValueInTheGuidelinesForm() {
        ValueGuess g = new ValueGuess(Lexicon.defaults());
        assertThat(g.guess(SpanType.DRUG, "Norco")).isEqualTo("acetaminophen/hydrocodone");
        assertThat(g.guess(SpanType.DRUG, "Unheardofin")).isEqualTo("unheardofin");
        assertThat(g.guess(SpanType.QUANTITY, "#120")).isEqualTo("120");
        assertThat(g.guess(SpanType.DECISION, "Upheld")).isEqualTo("UPHELD");
        assertThat(g.guess(SpanType.DECISION, "overturned")).isEqualTo("OVERTURNED");
        assertThat(g.guess(SpanType.STRENGTH, "10/325MG")).isEqualTo("10/325 mg");
        assertThat(g.guess(SpanType.DATE, "3/4/2015")).isEqualTo("2015-03-04");
        assertThat(g.guess(SpanType.PAIN_SCORE, " 5-6 ")).isEqualTo("5-6");
    }

    @Test
    void fieldRulesSayWhatIsWrongInOneLine() {
        assertThat(FieldRules.problem("injury_date", "2015-10-14")).isEmpty();
        assertThat(FieldRules.problem("injury_date", "2010-08")).isEmpty();
        assertThat(FieldRules.problem("injury_date", "10/14/2015")).get().asString().contains("2015-10-14");
        assertThat(FieldRules.problem("ur_date", "2015-02-30")).isPresent();
        assertThat(FieldRules.problem("patient_age", "52")).isEmpty();
        assertThat(FieldRules.problem("patient_age", "520")).isPresent();
        assertThat(FieldRules.problem("patient_age", "fifty")).isPresent();
        assertThat(FieldRules.problem("patient_sex", "X")).isPresent();
        assertThat(FieldRules.problem("reviewer_states", "CA, NV")).isEmpty();
        assertThat(FieldRules.problem("reviewer_states", "California")).isPresent();
        assertThat(FieldRules.problem("patient_age", "")).isEmpty();
        assertThat(FieldRules.normal("patient_sex", " f ")).isEqualTo("F");
        assertThat(FieldRules.normal("reviewer_specialty", "  ")).isNull();
    }

    @Test
    void itemCellsParseTheirValues() {
        Item i = new Item("Norco 10/325mg #120", "acetaminophen/hydrocodone", "10/325 mg", 120, null,
                Decision.UPHELD, List.of("MTUS"), "78-80", 10, 29);
        assertThat(ItemColumn.QUANTITY.set(i, "90").quantity()).isEqualTo(90);
        assertThat(ItemColumn.QUANTITY.set(i, "").quantity()).isNull();
        assertThatThrownBy(() -> ItemColumn.QUANTITY.set(i, "9.5")).hasMessageContaining("whole number");
        assertThat(ItemColumn.DECISION.set(i, "partial").decision()).isEqualTo(Decision.PARTIAL);
        assertThatThrownBy(() -> ItemColumn.DECISION.set(i, "maybe")).hasMessageContaining("UPHELD");
        assertThat(ItemColumn.GUIDELINES.set(i, "mtus, odg").guidelines()).containsExactly("MTUS", "ODG");
        assertThat(ItemColumn.PAGES.set(i, "").pages()).isEmpty();
        assertThat(ItemColumn.QUANTITY.get(i)).isEqualTo("120");
        assertThat(ItemColumn.REFILLS.get(i)).isEmpty();
        assertThat(ItemColumn.of(SpanType.QUANTITY)).contains(ItemColumn.QUANTITY);
        assertThat(ItemColumn.of(SpanType.DATE)).isEmpty();
    }

    @Test
    void paceIsLettersPerHourAfterAMinute() {
        long[] now = {0};
        Pace p = new Pace(() -> now[0]);
        assertThat(p.perHour()).isNull();
        p.letterOpened();
        p.verified();
        now[0] = 30_000;
        assertThat(p.perHour()).isNull();
        p.verified();
        now[0] = 360_000; // 6 minutes, 2 letters
        assertThat(p.perHour()).isEqualTo(20.0);
    }
}
