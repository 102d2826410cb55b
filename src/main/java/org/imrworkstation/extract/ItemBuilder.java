package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/** Builds an item from its heading and the letter's resolved spans. */
final class ItemBuilder {

    private ItemBuilder() {
    }

    static Item build(String text, String masked, Heading h, List<Span> spans) {
        String treatment = Texts.collapse(masked.subSequence(h.treatmentStart(), h.treatmentEnd()));
        String drug = firstValue(spans, SpanType.DRUG, h.treatmentStart(), h.treatmentEnd());
        String strength = firstValue(spans, SpanType.STRENGTH, h.treatmentStart(), h.treatmentEnd());
        String quantity = firstValue(spans, SpanType.QUANTITY, h.treatmentStart(), h.treatmentEnd());
        String refills = firstValue(spans, SpanType.REFILLS, h.treatmentStart(), h.treatmentEnd());
        List<String> pages = new ArrayList<>();
        for (Span s : spans) {
            if (s.type() == SpanType.GUIDELINE_PAGE && s.start() >= h.guidelineStart() && s.end() <= h.guidelineEnd()) {
                pages.add(s.value());
            }
        }
        List<String> guidelines = GuidelineSources.of(masked.substring(h.guidelineStart(), h.guidelineEnd()));
        return new Item(treatment, drug, strength, toInt(quantity), toInt(refills), h.decision(), guidelines,
                String.join(",", pages), h.treatmentStart(), h.treatmentEnd());
    }

    private static String firstValue(List<Span> spans, SpanType type, int from, int to) {
        for (Span s : spans) {
            if (s.type() == type && s.start() >= from && s.end() <= to) {
                return s.value();
            }
        }
        return null;
    }

    private static Integer toInt(String v) {
        return v == null ? null : Integer.valueOf(v);
    }
}
