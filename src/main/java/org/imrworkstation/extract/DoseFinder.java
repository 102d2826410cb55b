package org.imrworkstation.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;

/**
 * The numbers of a prescription: STRENGTH next to a drug name ("Norco 10/325mg", "Flexeril 10 mg
 * /tab"), QUANTITY ("#120", "# 30") and REFILLS ("2 refills", "Refill: 2", "with one refill").
 * A strength is only a strength where a drug stands just before it: "120 mg" in "morphine
 * equivalent dose of 120 mg" is not one.
 */
final class DoseFinder {

    private static final String NUM = "\\d+(?:\\.\\d+)?";
    private static final String UNIT = "mg|mcg|µg|g|gm|grams?|ml|mL|%|mEq|units?|IU|mg/ml|mg/mL|mcg/hr|mcg/h|mg/hr";
    private static final Pattern STRENGTH = Pattern.compile(
            "(?<![\\w.])(" + NUM + "(?:\\s*[/-]\\s*" + NUM + "){0,2})\\s*(" + UNIT + ")(?![\\w/])"
                    + "|(?<![\\w.])(" + NUM + ")\\s*(mg|mcg)\\s*/\\s*(" + NUM + ")\\s*(?:mg|mcg)(?![\\w/])",
            Pattern.CASE_INSENSITIVE);
    /** Words allowed between a drug name and its strength: forms, salts, release types. */
    private static final java.util.Set<String> BRIDGE_WORDS = java.util.Set.of(
            "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "cap", "caps", "patch", "patches", "gel", "cream",
            "ointment", "lotion", "solution", "suspension", "liquid", "spray", "injection", "inj", "er", "xr", "cr",
            "sr", "es", "ds", "xl", "odt", "ir", "hcl", "hydrochloride", "sodium", "potassium", "bitartrate", "sulfate",
            "tartrate", "citrate", "maleate", "succinate", "oral", "topical", "po", "im", "iv", "extended", "immediate",
            "release", "generic", "brand", "of", "dose", "dr", "ec", "la", "sa", "cd", "delayed");
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\w#])#[ \\t]?(\\d{1,5})(?![\\d.,]\\d)");
    private static final Pattern REFILLS = Pattern.compile(
            "(?i)(?<!\\w)(?:(" + NumberWords.PATTERN + ")\\s+refills?\\b|refills?\\s*(?::|x|#|of)?\\s*(\\d{1,2})(?!\\w))");

    private DoseFinder() {
    }

    /** Skips what may stand between a drug name and its strength: punctuation, forms, salts, release words. */
    static int bridgeEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || ",()®™-".indexOf(c) >= 0) {
                i++;
                continue;
            }
            int w = i;
            while (w < limit && Character.isLetter(text.charAt(w))) {
                w++;
            }
            if (w == i || (w < text.length() && Character.isLetterOrDigit(text.charAt(w)))
                    || !BRIDGE_WORDS.contains(text.substring(i, w).toLowerCase(Locale.ROOT))) {
                return i;
            }
            i = w;
        }
        return i;
    }

    static void findStrengths(String text, List<Span> drugs, Candidates out) {
        Matcher strength = STRENGTH.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (Span drug : drugs) {
            int at = bridgeEnd(text, drug.end(), Math.min(text.length(), drug.end() + 40));
            if (at >= text.length() || !Character.isDigit(text.charAt(at))) {
                continue;
            }
            strength.region(at, Math.min(text.length(), at + 30));
            if (strength.lookingAt() && !text.substring(drug.end(), strength.start()).contains("\n\n\n")) {
                Matcher m = strength;
                String value = m.group(1) != null ? strengthValue(m.group(1), m.group(2))
                        : strengthValue(m.group(3) + "/" + m.group(5), m.group(4));
                out.add(SpanType.STRENGTH, m.start(), m.end(), value);
            }
        }
    }

    static String strengthValue(String numbers, String unit) {
        String n = Texts.squeeze(numbers).replace('-', '/');
        String u = unit.toLowerCase(Locale.ROOT);
        u = switch (u) {
            case "gm", "gram", "grams" -> "g";
            case "µg" -> "mcg";
            case "mcg/h" -> "mcg/hr";
            default -> u;
        };
        return n + " " + u;
    }

    static void findQuantities(Anchors a, Candidates out) {
        Matcher m = a.matcher(QUANTITY);
        String text = a.text();
        for (int at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
            if (a.lookingAt(m, at, 10)) {
                out.add(SpanType.QUANTITY, m.start(), m.end(), Integer.toString(Integer.parseInt(m.group(1))));
            }
        }
    }

    /** Anchored at each "refill": the count stands right after it ("Refill: 2") or right before ("2 refills"). */
    static void findRefills(Anchors a, Candidates out) {
        Matcher m = a.matcher(REFILLS);
        String lower = a.lower();
        for (int at = lower.indexOf("refill"); at >= 0; at = lower.indexOf("refill", at + 1)) {
            int before = at;
            while (before > 0 && Character.isWhitespace(lower.charAt(before - 1))) {
                before--;
            }
            int word = before;
            while (word > 0 && Character.isLetterOrDigit(lower.charAt(word - 1))) {
                word--;
            }
            for (int start : new int[] {word, at}) {
                if (start < before || start == at) {
                    if (a.lookingAt(m, start, at - start + 20)) {
                        Integer v = NumberWords.parse(m.group(1) != null ? m.group(1) : m.group(2));
                        if (v != null) {
                            out.add(SpanType.REFILLS, m.start(), m.end(), v.toString());
                            break;
                        }
                    }
                }
            }
        }
    }
}
