package org.imrworkstation.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imrworkstation.record.Decision;
import org.imrworkstation.record.Item;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/**
 * Checks that catch what a clerk would miss: dates out of order or in the future, items without a
 * decision, a drug named only in its heading, a decision its rationale contradicts, guideline pages
 * past the guideline's end, implausible strengths and quantities, and a stated MED that the items'
 * arithmetic does not support. Pure functions over a letter record and its text; the clock is
 * injected so that "the future" can be tested.
 */
public final class LetterChecks {

    /** The stated MED may differ from the computed one by this fraction before it is flagged. */
    public static final double MED_TOLERANCE = 0.10;

    private final CheckData data;
    private final Clock clock;

    public LetterChecks() {
        this(CheckData.defaults(), Clock.systemDefaultZone());
    }

    public LetterChecks(CheckData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** The checks' report for a letter record and the text its offsets point into. */
    public CheckReport check(LetterRecord record, String text) {
        List<Flag> flags = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        List<Item> items = record.items().stream()
                .sorted(Comparator.comparingInt(i -> i.evidenceStart() == null ? Integer.MAX_VALUE : i.evidenceStart()))
                .toList();
        checkDates(record, lower, flags);
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            int rationaleEnd = k + 1 < items.size() && items.get(k + 1).evidenceStart() != null
                    ? items.get(k + 1).evidenceStart() : text.length();
            checkItem(record, text, item, rationaleEnd, flags);
        }
        checkPages(record, lower, flags);
        MedCalculation med = MedCalculation.of(record, items, data);
        checkMed(record, med, flags);
        return new CheckReport(record.letter(), med.computable() ? med.total() : null,
                med.computable() ? med.arithmetic() : null, flags);
    }

    // --- dates

    private void checkDates(LetterRecord r, String lower, List<Flag> flags) {
        String injury = r.fields().injuryDate();
        String ur = r.fields().urDate();
        if (injury != null && ur != null && after(injury, ur)) {
            flags.add(new Flag(FlagKind.INJURY_AFTER_UR_DATE, Severity.ERROR,
                    "date of injury " + injury + " is after the UR date " + ur, whereDates(r, injury, ur)));
        }
        Span letterDate = letterDate(r, lower);
        if (injury != null && letterDate != null && after(injury, letterDate.value())) {
            flags.add(new Flag(FlagKind.INJURY_AFTER_LETTER_DATE, Severity.ERROR,
                    "date of injury " + injury + " is after the letter's date " + letterDate.value(),
                    whereDates(r, injury, letterDate.value())));
        }
        String today = LocalDate.now(clock).toString();
        Set<String> seen = new LinkedHashSet<>();
        for (Span s : r.spans()) {
            if (s.type() == SpanType.DATE && after(s.value(), today) && seen.add(s.value())) {
                flags.add(new Flag(FlagKind.FUTURE_DATE, Severity.WARNING,
                        "date " + s.value() + " (\"" + oneLine(s.text()) + "\") is in the future (today is " + today + ")",
                        whereDates(r, s.value())));
            }
        }
    }

    /**
     * The letter's date: the latest date of its header (the text before "HOW THE IMR FINAL
     * DETERMINATION WAS MADE": Date Assigned, Decision Date...) other than the date of injury, which
     * the header lists too; null where there is no header.
     */
    static Span letterDate(LetterRecord r, String lower) {
        int header = lower.indexOf("how the imr final determination was made");
        if (header < 0) {
            return null;
        }
        Span latest = null;
        for (Span s : r.spans()) {
            if (s.type() == SpanType.DATE && s.end() <= header && s.value().length() == 10
                    && !s.value().equals(r.fields().injuryDate())
                    && (latest == null || s.value().compareTo(latest.value()) > 0)) {
                latest = s;
            }
        }
        return latest;
    }

    /** Whether ISO date {@code a} is certainly after {@code b}; a month alone ("2015-10") is compared as a month. */
    static boolean after(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n)) > 0;
    }

    private static List<Flag.Where> whereDates(LetterRecord r, String... values) {
        List<Flag.Where> out = new ArrayList<>();
        for (Span s : r.spans()) {
            if (s.type() == SpanType.DATE && List.of(values).contains(s.value())) {
                out.add(new Flag.Where(s.start(), s.end()));
            }
        }
        return out;
    }

    // --- items

    private void checkItem(LetterRecord r, String text, Item item, int rationaleEnd, List<Flag> flags) {
        List<Flag.Where> where = item.evidenceStart() == null ? List.of()
                : List.of(new Flag.Where(item.evidenceStart(), item.evidenceEnd()));
        String name = "\"" + oneLine(item.treatment()) + "\"";
        if (item.decision() == null) {
            flags.add(new Flag(FlagKind.ITEM_WITHOUT_DECISION, Severity.ERROR, name + " has no decision", where));
        }
        if (item.drug() != null && item.evidenceStart() != null && !namedElsewhere(r, item)) {
            flags.add(new Flag(FlagKind.DRUG_NOT_ELSEWHERE, Severity.WARNING,
                    name + ": the drug (" + item.drug() + ") is not mentioned anywhere else in the letter", where));
        }
        if (item.evidenceEnd() != null && item.decision() != null && item.decision() != Decision.PARTIAL) {
            String closing = closingSentence(text, item.evidenceEnd(), rationaleEnd);
            if (closing != null) {
                boolean negative = negative(closing);
                if (item.decision() == Decision.UPHELD && !negative || item.decision() == Decision.OVERTURNED && negative) {
                    flags.add(new Flag(FlagKind.DECISION_CONTRADICTS_RATIONALE, Severity.ERROR,
                            name + " is " + item.decision() + " but its rationale ends \"" + oneLine(closing) + "\"",
                            where));
                }
            }
        }
        checkStrength(item, name, where, flags);
    }

    /** Whether a DRUG span outside the item's heading shares a generic with the item's drug. */
    private static boolean namedElsewhere(LetterRecord r, Item item) {
        Set<String> parts = new LinkedHashSet<>(List.of(item.drug().split("/", -1)));
        if (parts.size() > 1) {
            parts.remove("acetaminophen"); // Norco is named by its hydrocodone, not by the acetaminophen
        }
        for (Span s : r.spans()) {
            if (s.type() != SpanType.DRUG || (s.start() >= item.evidenceStart() && s.end() <= item.evidenceEnd())) {
                continue;
            }
            for (String g : s.value().split("/", -1)) {
                if (parts.contains(g)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The rationale's closing sentence: the last sentence between the heading and the next
     * heading that says "medically necessary" (the conclusion), or null where none does.
     */
    static String closingSentence(String text, int from, int to) {
        int found = lastMedicallyNecessary(text, from, to);
        if (found < 0) {
            return null;
        }
        String part = text.substring(from, to);
        int at = found - from;
        // sentence ends are punctuation and line breaks, which case does not change: no lower-cased copy
        int start = at;
        while (start > 0 && !sentenceEnd(part, start - 1)) {
            start--;
        }
        int end = at;
        while (end < part.length() && !sentenceEnd(part, end)) {
            end++;
        }
        return part.substring(start, Math.min(end + 1, part.length())).strip();
    }

    /**
     * Where the last "medically necessary" in [from, to) starts (any case; line breaks fall anywhere:
     * "is not medically\nnecessary"), or -1. Scanned backwards by hand: a case-insensitive pattern
     * over every rationale was a tenth of an export's CPU.
     */
    static int lastMedicallyNecessary(String text, int from, int to) {
        for (int i = to - NECESSARY.length(); i >= from; i--) {
            char c = text.charAt(i);
            if ((c != 'n' && c != 'N') || !text.regionMatches(true, i, NECESSARY, 0, NECESSARY.length())) {
                continue;
            }
            int j = i;
            while (j > from && Character.isWhitespace(text.charAt(j - 1))) {
                j--;
            }
            if (j < i && j - MEDICALLY.length() >= from
                    && text.regionMatches(true, j - MEDICALLY.length(), MEDICALLY, 0, MEDICALLY.length())) {
                return j - MEDICALLY.length();
            }
        }
        return -1;
    }

    private static final String NECESSARY = "necessary";
    private static final String MEDICALLY = "medically";

    private static boolean sentenceEnd(String s, int i) {
        char c = s.charAt(i);
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1)))
                || c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
    }

    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^a-z']+");

    /** "not medically necessary", "is not ... necessary", "non-certified": the request is denied. */
    static boolean negative(String sentence) {
        String s = " " + NOT_A_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        return s.contains(" not ") || s.contains(" non ") || s.contains(" isn't ") || s.contains(" cannot ")
                || s.contains(" unnecessary ") || s.contains(" no longer ");
    }

    private void checkStrength(Item item, String name, List<Flag.Where> where, List<Flag> flags) {
        if (item.drug() == null) {
            return;
        }
        if (item.strength() != null) {
            int sp = item.strength().lastIndexOf(' ');
            String unit = item.strength().substring(sp + 1);
            Double first = firstNumber(item.strength().substring(0, Math.max(sp, 0)));
            CheckData.UsualStrength u = data.usual(item.drug(), unit);
            if (u != null && first != null && (first < u.min() || first > u.max())) {
                flags.add(new Flag(FlagKind.STRENGTH_IMPLAUSIBLE, Severity.WARNING,
                        name + ": " + num(first) + " " + unit + " is outside the usual strengths of " + item.drug()
                                + " (" + num(u.min()) + "-" + num(u.max()) + " " + unit + ")", where));
            }
        }
        if (item.quantity() != null) {
            Integer max = null;
            for (CheckData.UsualStrength u : data.strengths()) {
                if (u.generic().equals(item.drug()) && u.maxQuantity() != null
                        && (item.strength() == null || item.strength().endsWith(" " + u.unit()))) {
                    max = max == null ? u.maxQuantity() : Math.max(max, u.maxQuantity());
                }
            }
            if (max != null && item.quantity() > max) {
                flags.add(new Flag(FlagKind.QUANTITY_IMPLAUSIBLE, Severity.WARNING,
                        name + ": quantity " + item.quantity() + " is above the usual largest fill of " + item.drug()
                                + " (" + max + ")", where));
            }
        }
    }

    // --- guideline pages

    private void checkPages(LetterRecord r, String lower, List<Flag> flags) {
        GuidelineCues cues = null;
        for (Span s : r.spans()) {
            if (s.type() != SpanType.GUIDELINE_PAGE) {
                continue;
            }
            if (cues == null) {
                cues = GuidelineCues.find(lower, data.guidelines());
            }
            // the guideline named nearest before the page number, within 200 characters
            CheckData.GuidelinePages g = cues.before(s.start(), 200);
            if (g == null) {
                continue;
            }
            for (String part : s.value().split(",", -1)) {
                for (String p : part.split("-", -1)) {
                    Double page = firstNumber(p);
                    if (page != null && (page < g.firstPage() || page > g.lastPage())) {
                        flags.add(new Flag(FlagKind.GUIDELINE_PAGE_OUT_OF_RANGE,
                                g.approximate() ? Severity.INFO : Severity.WARNING,
                                "page " + num(page) + " is outside " + g.guideline() + " " + g.edition() + " (pages "
                                        + g.firstPage() + "-" + g.lastPage() + (g.approximate() ? ", approximately" : "")
                                        + ")", List.of(new Flag.Where(s.start(), s.end()))));
                        break;
                    }
                }
            }
        }
    }

    // --- MED

    private void checkMed(LetterRecord r, MedCalculation med, List<Flag> flags) {
        List<Span> stated = r.spans().stream().filter(s -> s.type() == SpanType.MED).toList();
        if (stated.isEmpty()) {
            return;
        }
        if (!med.computable()) {
            String why = med.missing().isEmpty() ? "no opioid item in the letter's items" : String.join("; ", med.missing());
            flags.add(new Flag(FlagKind.MED_NOT_COMPUTABLE, Severity.INFO,
                    "stated MED " + stated.get(0).value() + " cannot be checked: " + why,
                    List.of(new Flag.Where(stated.get(0).start(), stated.get(0).end()))));
            return;
        }
        Set<String> done = new LinkedHashSet<>();
        for (Span s : stated) {
            double v = Double.parseDouble(s.value());
            if (!done.add(s.value()) || Math.abs(v - med.total()) <= MED_TOLERANCE * med.total()) {
                continue;
            }
            if (!med.missing().isEmpty() && v > med.total()) {
                // items left out could make up the difference: say so instead of claiming a mismatch
                flags.add(new Flag(FlagKind.MED_NOT_COMPUTABLE, Severity.INFO,
                        "stated MED " + s.value() + "; computed only " + num(med.total()) + " = " + med.arithmetic()
                                + " (not counted: " + String.join("; ", med.missing()) + ")",
                        List.of(new Flag.Where(s.start(), s.end()))));
                continue;
            }
            flags.add(new Flag(FlagKind.MED_MISMATCH, Severity.WARNING,
                    "stated MED " + s.value() + "; computed " + num(med.total()) + " = " + med.arithmetic()
                            + (med.missing().isEmpty() ? "" : " (not counted: " + String.join("; ", med.missing()) + ")"),
                    List.of(new Flag.Where(s.start(), s.end()))));
        }
    }

    // --- helpers

    static Double firstNumber(String s) {
        int i = 0;
        while (i < s.length() && !Character.isDigit(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
            j++;
        }
        if (i == j) {
            return null;
        }
        try {
            return Double.valueOf(s.substring(i, j));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String num(double d) {
        double r = Math.round(d * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String oneLine(String s) {
        String t = s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
        return t.length() > 90 ? t.substring(0, 87) + "..." : t;
    }
}
