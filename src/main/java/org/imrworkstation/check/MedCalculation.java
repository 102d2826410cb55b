package org.imrworkstation.check;

import java.util.ArrayList;
import java.util.List;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/**
 * The morphine equivalent dose computed from a letter's opioid items: for each, the strength (the
 * first number of a combination: Norco 10/325 is 10 mg hydrocodone) x doses a day (the upper end of
 * a range: the most the prescription allows) x the CDC 2016 factor; transdermal fentanyl is its
 * mcg/hr x 2.4. Summed over the items.
 *
 * @param total      the sum over the items that could be computed
 * @param terms      one term of the arithmetic per computed item ("Norco 10 mg x 6/day x 1")
 * @param missing    why an opioid item could not be computed ("Percocet: no frequency")
 */
public record MedCalculation(double total, List<String> terms, List<String> missing) {

    public MedCalculation {
        terms = List.copyOf(terms);
        missing = List.copyOf(missing);
    }

    public boolean computable() {
        return !terms.isEmpty();
    }

    /** "Norco 10 mg x 6/day x 1 + OxyContin 20 mg x 2/day x 1.5". */
    public String arithmetic() {
        return String.join(" + ", terms);
    }

    public static MedCalculation of(LetterRecord r, List<Item> items, CheckData data) {
        double total = 0;
        List<String> terms = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Item item : items) {
            String opioid = data.opioidPart(item.drug());
            if (opioid == null) {
                continue;
            }
            String name = writtenName(r, item);
            if (item.strength() == null) {
                missing.add(name + ": no strength");
                continue;
            }
            int sp = item.strength().lastIndexOf(' ');
            String unit = item.strength().substring(sp + 1);
            Double strength = LetterChecks.firstNumber(item.strength().substring(0, Math.max(sp, 0)));
            if (strength == null) {
                missing.add(name + ": no strength");
                continue;
            }
            if (unit.equals("mcg/hr")) {
                CheckData.Opioid f = data.factor(opioid, unit, strength);
                if (f == null || f.factor() == null) {
                    missing.add(name + ": " + (f == null ? "no factor for " + opioid + " in " + unit : opioid + " is not converted to MED"));
                    continue;
                }
                total += strength * f.factor();
                terms.add(name + " " + LetterChecks.num(strength) + " mcg/hr x " + LetterChecks.num(f.factor()));
                continue;
            }
            String fq = item.frequency();
            String from = "";
            if (fq == null) {
                Span stated = regimenInText(r, item, strength, unit);
                if (stated == null) {
                    missing.add(name + ": no frequency");
                    continue;
                }
                fq = stated.value();
                from = " (\"" + stated.text().replaceAll("\\s+", " ") + "\")";
            }
            int dash = fq.indexOf('-');
            double perDay = Double.parseDouble(dash < 0 ? fq : fq.substring(dash + 1));
            CheckData.Opioid f = data.factor(opioid, unit, strength * perDay);
            if (f == null || f.factor() == null) {
                missing.add(name + ": " + (f == null ? "no factor for " + opioid + " in " + unit : opioid + " is not converted to MED"));
                continue;
            }
            total += strength * perDay * f.factor();
            terms.add(name + " " + LetterChecks.num(strength) + " " + unit + " x " + LetterChecks.num(perDay) + "/day"
                    + from + " x " + LetterChecks.num(f.factor()));
        }
        return new MedCalculation(total, terms, missing);
    }

    /**
     * Where the heading states no frequency, the regimen the letter states for the same drug and
     * strength elsewhere ("Norco 10/325mg one tablet every 6 hours"): the first FREQUENCY span that
     * follows such a drug and strength within 20 characters, with no other span between.
     */
    static Span regimenInText(LetterRecord r, Item item, double strength, String unit) {
        List<Span> spans = r.spans();
        for (int i = 0; i + 2 < spans.size(); i++) {
            Span d = spans.get(i);
            if (d.type() != SpanType.DRUG || !d.value().equals(item.drug())) {
                continue;
            }
            Span s = spans.get(i + 1);
            if (s.type() != SpanType.STRENGTH || !s.value().endsWith(" " + unit)
                    || !Double.valueOf(strength).equals(LetterChecks.firstNumber(s.value()))) {
                continue;
            }
            int k = i + 2;
            while (k < spans.size() && spans.get(k).type() == SpanType.ROUTE) {
                k++;
            }
            if (k < spans.size() && spans.get(k).type() == SpanType.FREQUENCY && spans.get(k).start() - s.end() <= 20) {
                return spans.get(k);
            }
        }
        return null;
    }

    /** The drug as the heading writes it ("Norco"), else its generic name. */
    private static String writtenName(LetterRecord r, Item item) {
        if (item.evidenceStart() != null) {
            for (Span s : r.spans()) {
                if (s.type() == SpanType.DRUG && s.start() >= item.evidenceStart() && s.end() <= item.evidenceEnd()) {
                    return s.text();
                }
            }
        }
        return item.drug();
    }
}
