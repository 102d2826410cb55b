package org.imrworkstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/** Packing a letter's suggestions loses nothing: any spans, values (null, empty, any text) and confidences. */
class PackedSpansTest {

    @Property(tries = 300)
    void unpackGivesBackWhatWasPacked(@ForAll("spans") List<Span> spans) {
        double[] confidences = new double[spans.size()];
        for (int i = 0; i < confidences.length; i++) {
            confidences[i] = (i % 7) / 7.0;
        }
        List<PackedSpans.Suggestion> back = PackedSpans.unpack(PackedSpans.pack(spans, confidences));
        List<Span> spansBack = new ArrayList<>();
        back.forEach(s -> spansBack.add(s.span()));
        assertThat(spansBack).containsExactlyElementsOf(spans);
        for (int i = 0; i < back.size(); i++) {
            assertThat(back.get(i).confidence()).isEqualTo((float) confidences[i]);
        }
    }

    @Provide
    Arbitrary<List<Span>> spans() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.strings().all()
                .ofMaxLength(40));
        Arbitrary<Span> span = Combinators.combine(Arbitraries.of(SpanType.class), Arbitraries.integers()
                .between(0, 1_000_000), text, value).as((t, start, x, v) -> new Span(t, start, start + x.length(),
                x, v));
        return span.list().ofMaxSize(80);
    }
}
