package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.review.DraftSpan;
import org.imrworkstation.review.Ref;
import org.imrworkstation.store.Origin;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.State;
import org.junit.jupiter.api.Test;

/**
 * Spans to styles without a window. The pictures: each character of the text gets the first
 * letter of its classes' state (s = suggested, a = accepted, r = rejected, . = none, H = heading,
 * C = the current span).
 */
class HighlightStylesTest {

    static DraftSpan span(Ref ref, SpanType t, int s, int e, State st) {
        return new DraftSpan(ref, t, s, e, "x".repeat(e - s), null, Origin.EXTRACTED, st,
                st == State.REJECTED ? Reason.SPURIOUS : null);
    }

    static String picture(StyleSpans<Collection<String>> spans) {
        StringBuilder b = new StringBuilder();
        for (StyleSpan<Collection<String>> s : spans) {
            Collection<String> c = s.getStyle();
            char ch = c.contains("current") ? 'C' : c.contains("s-suggested") ? 's' : c.contains("s-accepted") ? 'a'
                    : c.contains("s-rejected") ? 'r' : c.contains("heading") ? 'H' : '.';
            b.append(String.valueOf(ch).repeat(s.getLength()));
        }
        return b.toString();
    }

    @Test
    void eachSpanGetsItsTypeAndStateAndTheRestIsPlain() {
        Ref a = new Ref(1);
        Ref b = new Ref(2);
        List<DraftSpan> spans = List.of(span(a, SpanType.DRUG, 2, 5, State.SUGGESTED),
                span(b, SpanType.QUANTITY, 7, 9, State.ACCEPTED));
        var styles = HighlightStyles.compute(12, spans, EnumSet.allOf(SpanType.class), null, List.of());
        assertThat(picture(styles)).isEqualTo("..sss..aa...");
        assertThat(styles.length()).isEqualTo(12);
        List<Collection<String>> classes = new ArrayList<>();
        styles.forEach(s -> classes.add(s.getStyle()));
        assertThat(classes.get(1)).containsExactly("span", "t-drug", "s-suggested");
        assertThat(classes.get(3)).containsExactly("span", "t-quantity", "s-accepted");
    }

    @Test
    void theCurrentSpanHiddenTypesAndHeadings() {
        Ref a = new Ref(1);
        Ref b = new Ref(2);
        List<DraftSpan> spans = List.of(span(a, SpanType.DRUG, 0, 2, State.SUGGESTED),
                span(b, SpanType.DATE, 4, 6, State.SUGGESTED));
        var styles = HighlightStyles.compute(10, spans, EnumSet.complementOf(EnumSet.of(SpanType.DATE)), a,
                List.<int[]>of(new int[] {7, 10}));
        assertThat(picture(styles)).isEqualTo("CC.....HHH");
    }

    @Test
    void aLiveSpanIsDrawnOverARejectedOneItOverlaps() {
        Ref a = new Ref(1);
        Ref b = new Ref(2);
        List<DraftSpan> spans = List.of(span(a, SpanType.DRUG, 1, 5, State.REJECTED),
                span(b, SpanType.DRUG, 3, 7, State.ACCEPTED));
        var styles = HighlightStyles.compute(8, spans, EnumSet.allOf(SpanType.class), null, List.of());
        assertThat(picture(styles)).isEqualTo(".rraaaa.");
    }

    @Test
    void anEmptyLetterHasNoStyles() {
        var styles = HighlightStyles.compute(0, List.of(), EnumSet.allOf(SpanType.class), null, List.of());
        assertThat(styles.length()).isZero();
    }
}
