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
        String frequency = firstValue(spans, SpanType.FREQUENCY, h.treatmentStart(), h.treatmentEnd());
        return new Item(treatment, drug, strength, toInt(quantity), toInt(refills), h.decision(), guidelines,
                String.join(",", pages), frequency, dailyDose(strength, frequency), h.treatmentStart(),
                h.treatmentEnd());
    }

    private static String firstValue(List<Span> spans, SpanType type, int from, int to) {
        for (Span s : spans) {
            if (s.type() == type && s.start() >= from && s.end() <= to) {
                return s.value();
            }
        }
        return null;
    }

    /**
     * Strength x doses a day ("10/325 mg" and "4-6" give "40-60 mg": the first number of a
     * combination); null where it cannot be computed (no frequency, a rate or a percentage).
     */
    static String dailyDose(String strength, String frequency) {
        if (strength == null || frequency == null) {
            return null;
        }
        int sp = strength.lastIndexOf(' ');
        String unit = strength.substring(sp + 1);
        if (sp < 0 || !(unit.equals("mg") || unit.equals("mcg") || unit.equals("g"))) {
            return null;
        }
        String first = strength.substring(0, sp).split("/", -1)[0];
        double mg;
        try {
            mg = Double.parseDouble(first);
        } catch (NumberFormatException e) {
            return null;
        }
        int dash = frequency.indexOf('-');
        double lo = Double.parseDouble(dash < 0 ? frequency : frequency.substring(0, dash));
        double hi = dash < 0 ? lo : Double.parseDouble(frequency.substring(dash + 1));
        return RegimenFinder.range(mg * lo, mg * hi) + " " + unit;
    }

    private static Integer toInt(String v) {
        return v == null ? null : Integer.valueOf(v);
    }
}
