package org.imrworkstation.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.SpanType;

/**
 * The added span types of decision 0004: FREQUENCY ("1 tab PO QD", "BID", "q6h prn", "every 4-6
 * hours as needed", "3 times a day", "twice daily"; value: doses a day, "1", "4-6"), ROUTE ("PO",
 * "topical", "IM"; value normalised) and MED (a stated morphine equivalent dose: "180 MED", "MED of
 * 120", "morphine equivalent dose of 150 mg"; value the number). Written on the model of decision
 * 0003: each pattern is tried with {@code lookingAt} only at word or number starts that pass a
 * cheap character check; all are proposed below the v1 types, so they never displace a v1 span.
 */
final class RegimenFinder {

    /** A count of units before the frequency: "1 tab PO", "1-2 tablets by mouth", "one capsule". */
    private static final String COUNT = "(?:(?<count>\\d(?:\\s*-\\s*\\d)?|one|two|three)\\s*"
            + "(?:tabs?|tablets?|caps?|capsules?|pills?|patch(?:es)?|puffs?|sprays?|applications?)\\.?\\s+"
            + "(?:(?:po|p\\.o\\.|by\\s+mouth|orally|topically|sl)\\s+)?)";
    private static final Pattern FREQUENCY = Pattern.compile(COUNT + "?(?:"
            + "(?<lat>q\\.?d\\.?|b\\.?i\\.?d\\.?|t\\.?i\\.?d\\.?|q\\.?i\\.?d\\.?|q\\.?h\\.?s\\.?|q\\.?o\\.?d\\.?"
            + "|qam|qpm|h\\.?s\\.?|daily|nightly|at\\s+bedtime)(?![\\w])"
            + "|q\\s?(?<qh>\\d{1,2})(?:\\s*-\\s*(?<qh2>\\d{1,2}))?\\s*(?:h|hr|hrs|hours?)(?![\\w])"
            + "|every\\s+(?<ev>\\d{1,2})(?:\\s*(?:-|to)\\s*(?<ev2>\\d{1,2}))?\\s*(?:h|hr|hrs|hours?)(?![\\w])"
            + "|every\\s+(?<evday>day|night|morning|evening)(?![\\w])"
            + "|(?<times>\\d|one|two|three|four|five|six)\\s*(?:times|x)\\s*(?:a|per|/|each)?\\s*(?:day|daily)(?![\\w])"
            + "|(?<word>once|twice|thrice)\\s+(?:a\\s+|per\\s+)?(?:day|daily)(?![\\w])"
            + ")(?<prn>\\s*(?:prn|p\\.r\\.n\\.|as\\s+needed)(?![\\w]))?",
            Pattern.CASE_INSENSITIVE);
    private static final String MED_NUMBER = "(?<n>\\d{1,4}(?:\\.\\d+)?)";
    /** "180 MED", "120 mg MED", "90 MME", "120 mg morphine equivalent dose". */
    private static final Pattern MED_AFTER = Pattern.compile(MED_NUMBER
            + "\\s*(?:mg\\s*)?(?:(?:/|per)\\s*day\\s*)?(?:MED|MME|(?i:morphine(?:[\\s-]+milligram)?[\\s-]+equivalen(?:t|ts|ce)"
            + "(?:\\s+dos(?:e|age))?))(?![\\w])");
    /** "MED of 120", "MED is 180 mg", "morphine equivalent dose (MED) of 150 mg". */
    private static final Pattern MED_BEFORE = Pattern.compile(
            "(?:MED|MME|(?i:morphine(?:[\\s-]+milligram)?[\\s-]+equivalen(?:t|ts|ce|cy)(?:\\s+dos(?:e|age|ing))?))"
                    + "(?:\\s*\\((?:MED|MME)\\))?\\s*(?i:of|is|was|=|:|at|totals?|totaling)?\\s*"
                    + "(?i:approximately\\s+|about\\s+|~\\s*)?" + MED_NUMBER
                    + "(?:\\s*(?i:mg))?(?:\\s*(?i:/|per)\\s*(?i:day))?(?![\\w.]\\d)");
    /** Words just before a number that make it a limit, not the patient's dose ("exceeding 120 mg MED"). */
    private static final String[] LIMIT_CUES = {"exceed", "than", ">", "<", "above", "below", "under", "up to",
        "over", "limit", "maximum", "max", "threshold", "beyond", "≥", "≤"};

    private RegimenFinder() {
    }

    static void find(Anchors a, Candidates out) {
        findFrequencies(a, out);
        findRoutes(a, out);
        findMeds(a, out);
    }

    /** Words a frequency can start with (a count word, an abbreviation, "every", "once"...). */
    private static final String[] FREQUENCY_WORDS = {
        "qd", "bid", "tid", "qid", "qhs", "qod", "qam", "qpm", "q", "b", "t", "every", "once", "twice", "thrice",
        "one", "two", "three", "four", "five", "six"};
    /** Words that follow a count in a frequency ("1 tab", "3 times", "2x"). */
    private static final String[] COUNT_NEXT = {"tab", "cap", "pill", "patch", "puff", "spray", "appl", "time", "x"};

    private static void findFrequencies(Anchors a, Candidates out) {
        String lower = a.lower();
        String text = a.text();
        Matcher m = null;
        for (int at : a.numberStarts()) {
            // a count ("1 tab", "1-2 capsules") or "3 times a day": one of a few words must follow the digits
            int i = a.digitsEnd(at);
            if (i < lower.length() && lower.charAt(i) == '-' && i + 1 < lower.length()
                    && Character.isDigit(lower.charAt(i + 1))) {
                i = a.digitsEnd(i + 1);
            }
            i = a.skipBlanks(i);
            if (!startsWithAny(lower, i, COUNT_NEXT)) {
                continue;
            }
            if (m == null) {
                m = a.matcher(FREQUENCY);
            }
            if (a.lookingAt(m, at, 60)) {
                propose(text, m, out);
            }
        }
        for (int at : a.wordStarts()) {
            char c = lower.charAt(at);
            char c1 = at + 1 < lower.length() ? lower.charAt(at + 1) : ' ';
            boolean maybe = switch (c) {
                case 'q' -> true;
                case 'b' -> c1 == 'i' || c1 == '.';
                case 't' -> c1 == 'i' || c1 == '.' || c1 == 'w' || lower.startsWith("thr", at);
                case 'e' -> lower.startsWith("every", at);
                case 'o' -> c1 == 'n';
                case 'f' -> lower.startsWith("fou", at) || lower.startsWith("fiv", at);
                case 's' -> lower.startsWith("six", at);
                default -> false;
            };
            if (!maybe) {
                continue; // "the", "to", "of", "be" end here, before the word is measured
            }
            int e = at;
            while (e < lower.length() && lower.charAt(e) >= 'a' && lower.charAt(e) <= 'z') {
                e++;
            }
            boolean q = c == 'q' && e < lower.length() && (Character.isDigit(lower.charAt(e)) || lower.charAt(e) == '.'
                    || lower.charAt(e) == ' ');
            if (!q && (!frequencyWord(lower, at, e - at) || !plausibleNext(a, lower, at, e))) {
                continue;
            }
            if (m == null) {
                m = a.matcher(FREQUENCY);
            }
            if (a.lookingAt(m, at, 60)) {
                propose(text, m, out);
            }
        }
    }

    private static final String[] DAY_WORDS = {"day", "night", "morning", "evening"};
    private static final String[] ONCE_NEXT = {"a", "per", "day", "daily"};

    /**
     * The word after a frequency's first word must fit before the pattern is tried: "every" takes
     * a number or "day"; "once" a/per/day; a count word ("two") a unit or "times". These words are
     * common in letters ("one of the", "every visit"), the pattern is long, and most tries failed.
     */
    private static boolean plausibleNext(Anchors a, String lower, int at, int e) {
        int n = e;
        while (n < lower.length() && Character.isWhitespace(lower.charAt(n))) {
            n++; // the pattern's \\s+ crosses line ends: "twice\ndaily"
        }
        if (n >= lower.length()) {
            return false;
        }
        return switch (lower.charAt(at)) {
            case 'e' -> Character.isDigit(lower.charAt(n)) || startsWithAny(lower, n, DAY_WORDS);
            case 'o' -> e - at == 3 ? startsWithAny(lower, n, COUNT_NEXT) : startsWithAny(lower, n, ONCE_NEXT);
            case 't' -> lower.startsWith("two", at) || lower.startsWith("three", at) ? startsWithAny(lower, n, COUNT_NEXT)
                    : lower.startsWith("twice", at) || lower.startsWith("thrice", at) ? startsWithAny(lower, n, ONCE_NEXT)
                    : true; // tid, t.i.d.
            case 'f', 's' -> startsWithAny(lower, n, COUNT_NEXT);
            default -> true;
        };
    }

    /** Whether the word at {@code at} is one a frequency can start with; no substring is made. */
    private static boolean frequencyWord(String lower, int at, int len) {
        if (len > 6) {
            return false;
        }
        for (String w : FREQUENCY_WORDS) {
            if (w.length() == len && lower.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String lower, int at, String[] words) {
        for (String w : words) {
            if (lower.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static void propose(String text, Matcher m, Candidates out) {
        String lat = m.group("lat");
        boolean counted = m.group("count") != null;
        double lo;
        double hi;
        if (lat != null) {
            String l = lat.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ");
            if (!counted) {
                // standing alone, an abbreviation counts only in capitals ("BID", not "a bid"); "daily",
                // "hs", "nightly" and "at bedtime" only after a count ("1 tab PO daily")
                boolean caps = lat.equals(lat.toUpperCase(Locale.ROOT));
                if (!caps || l.equals("daily") || l.equals("hs") || l.equals("nightly") || l.equals("at bedtime")) {
                    return;
                }
            }
            double d = switch (l) {
                case "bid" -> 2;
                case "tid" -> 3;
                case "qid" -> 4;
                case "qod" -> 0.5;
                default -> 1;
            };
            lo = d;
            hi = d;
        } else if (m.group("qh") != null || m.group("ev") != null) {
            String h1 = m.group("qh") != null ? m.group("qh") : m.group("ev");
            String h2 = m.group("qh") != null ? m.group("qh2") : m.group("ev2");
            double a = Double.parseDouble(h1);
            double b = h2 == null ? a : Double.parseDouble(h2);
            if (a <= 0 || b <= 0 || a > 72 || b > 72 || b < a) {
                return;
            }
            lo = 24 / b;
            hi = 24 / a;
        } else if (m.group("evday") != null) {
            lo = 1;
            hi = 1;
        } else if (m.group("times") != null) {
            Integer n = NumberWords.parse(m.group("times"));
            if (n == null || n == 0) {
                return;
            }
            lo = n;
            hi = n;
        } else {
            String w = m.group("word").toLowerCase(Locale.ROOT);
            lo = w.equals("once") ? 1 : w.equals("twice") ? 2 : 3;
            hi = lo;
        }
        if (counted) {
            String c = m.group("count").toLowerCase(Locale.ROOT);
            int dash = c.indexOf('-');
            double c1 = dash < 0 ? NumberWords.parse(c) : Double.parseDouble(c.substring(0, dash).trim());
            double c2 = dash < 0 ? c1 : Double.parseDouble(c.substring(dash + 1).trim());
            if (c1 <= 0 || c2 < c1) {
                return;
            }
            lo *= c1;
            hi *= c2;
        }
        out.add(SpanType.FREQUENCY, m.start(), m.end(), range(lo, hi));
    }

    /** "4", "0.5", "4-6": doses a day, at most two decimals. */
    static String range(double lo, double hi) {
        String a = number(lo);
        String b = number(hi);
        return a.equals(b) ? a : a + "-" + b;
    }

    static String number(double d) {
        double r = Math.round(d * 100) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        String s = Double.toString(r);
        return s;
    }

    private static void findRoutes(Anchors a, Candidates out) {
        String lower = a.lower();
        String text = a.text();
        for (int at : a.wordStarts()) {
            char c = lower.charAt(at);
            char c1 = at + 1 < lower.length() ? lower.charAt(at + 1) : ' ';
            boolean maybe = switch (c) {
                case 'p' -> c1 == 'o' || c1 == '.';
                case 'i' -> c1 == 'm' || c1 == 'v';
                case 't' -> lower.startsWith("top", at) || lower.startsWith("trans", at);
                case 'o' -> lower.startsWith("orally", at);
                default -> false;
            };
            if (!maybe) {
                continue; // most words: "the", "to", "of", "in", "patient" end here
            }
            int e = at;
            while (e < lower.length() && lower.charAt(e) >= 'a' && lower.charAt(e) <= 'z') {
                e++;
            }
            int len = e - at;
            if (len > 13 || len == 3 || (len > 2 && len < 6)) {
                continue; // none of the route words has 3, 4 or 5 letters
            }
            if (e < lower.length() && Character.isLetterOrDigit(lower.charAt(e))) {
                continue;
            }
            String w = routeWord(lower, at, len);
            if (w == null) {
                continue;
            }
            String value;
            int end = e;
            switch (w) {
                case "p" -> {
                    if (!lower.startsWith("p.o.", at)) {
                        continue;
                    }
                    end = at + 4;
                    if (lower.startsWith("box", a.skipBlanks(end))) {
                        continue; // "P.O. Box"
                    }
                    value = "PO";
                }
                case "po" -> {
                    String raw = text.substring(at, e);
                    if (raw.equals("Po") || lower.startsWith("box", a.skipBlanks(e))) {
                        continue; // "PO Box", "Po" as a name
                    }
                    value = "PO";
                }
                case "orally" -> value = "PO";
                case "im", "iv" -> {
                    // capitals only, with a number just before ("Toradol 60 mg IM"): not "Schedule IV"
                    if (!text.startsWith(w.toUpperCase(Locale.ROOT), at) || !digitBefore(text, at, 12)) {
                        continue;
                    }
                    value = w.toUpperCase(Locale.ROOT);
                }
                case "topical", "topically" -> value = "topical";
                case "transdermal", "transdermally" -> value = "transdermal";
                default -> {
                    continue;
                }
            }
            out.add(SpanType.ROUTE, at, end, value);
        }
    }

    private static final String[] ROUTE_WORDS = {"p", "po", "im", "iv", "orally", "topical", "topically",
        "transdermal", "transdermally"};

    /** The route word at {@code at} of length {@code len}, or null; no substring is made. */
    private static String routeWord(String lower, int at, int len) {
        for (String w : ROUTE_WORDS) {
            if (w.length() == len && lower.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    private static boolean digitBefore(String text, int at, int span) {
        for (int i = at - 1; i >= Math.max(0, at - span); i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void findMeds(Anchors a, Candidates out) {
        String lower = a.lower();
        String text = a.text();
        int[] cues = medCues(text, lower);
        if (cues.length == 0) {
            return; // most letters never mention a morphine equivalent
        }
        Matcher after = null;
        for (int at : a.numberStarts()) {
            // "180 MED", "120 mg MED", "120 mg morphine equivalent": a cue within a few characters
            int i = a.digitsEnd(at);
            int k = Arrays.binarySearch(cues, i);
            k = k >= 0 ? k : -k - 1;
            if (k == cues.length || cues[k] >= i + 16) {
                continue;
            }
            if (after == null) {
                after = a.matcher(MED_AFTER);
            }
            if (a.lookingAt(after, at, 70) && !limit(lower, at)) {
                out.add(SpanType.MED, after.start(), after.end(), number(Double.parseDouble(after.group("n"))));
            }
        }
        Matcher before = null;
        for (int at : cues) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue; // a word start only, as the word loop this replaces
            }
            if (before == null) {
                before = a.matcher(MED_BEFORE);
            }
            if (a.lookingAt(before, at, 90) && !limit(lower, at)) {
                out.add(SpanType.MED, before.start(), before.end(), number(Double.parseDouble(before.group("n"))));
            }
        }
    }

    /** Where "MED", "MME" (capitals) or "morphine" (any case) start, in order. */
    private static int[] medCues(String text, String lower) {
        int[] out = new int[0];
        for (int at = text.indexOf('M'); at >= 0; at = text.indexOf('M', at + 1)) {
            if (text.startsWith("MED", at) || text.startsWith("MME", at)) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = at;
            }
        }
        for (int at = lower.indexOf("morphine"); at >= 0; at = lower.indexOf("morphine", at + 1)) {
            out = Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = at;
        }
        Arrays.sort(out);
        return out;
    }

    /** Whether the words just before {@code at} make what follows a limit ("exceeding", "more than", "up to"). */
    private static boolean limit(String lower, int at) {
        int from = Math.max(0, at - 24);
        String before = lower.substring(from, at);
        for (String cue : LIMIT_CUES) {
            if (before.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
