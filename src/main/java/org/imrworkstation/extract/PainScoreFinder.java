package org.imrworkstation.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.SpanType;

/**
 * Pain ratings on the 0-10 scale: 5-6/10, 10/10, 8 out of 10, 5-6 out of 10 (across line breaks),
 * and a range written without the scale where the sentence gives it ("from 8 to 10 to 3/10").
 * Muscle grades (4/5) and percentages are not pain scores.
 */
final class PainScoreFinder {

    private static final String SCORE = "(?:10|\\d)(?:\\.\\d)?";
    private static final String RANGE_SEP = "\\s*(?:-|–|to)\\s*";

    private static final Pattern SLASH = Pattern.compile(
            "(?<![\\w/.])(" + SCORE + ")(?:" + RANGE_SEP + "(" + SCORE + "))?\\s*/\\s*10(?![\\d/]|\\.\\d)");
    private static final Pattern OUT_OF = Pattern.compile(
            "(?<![\\w/.-])(" + SCORE + ")(?:" + RANGE_SEP + "(" + SCORE + "))?\\s+(?:out\\s+of\\s+10|on\\s+a\\s+"
                    + "(?:(?:pain|VAS|visual\\s+analog)\\s+)?scale\\s+of\\s+(?:(?:0|1|zero|one)\\s*(?:-|to)\\s*)?10)"
                    + "(?!\\d|\\.\\d)");
    /** "from 8 to 10 to 3/10": the first range borrows its scale from the score that follows. */
    private static final Pattern BARE_RANGE = Pattern.compile(
            "(?i:from)\\s+((" + SCORE + ")\\s*(?:-|to)\\s*(" + SCORE + "))\\s+(?:to|down to)\\s+" + SCORE
                    + "(?:\\s*-\\s*" + SCORE + ")?\\s*/\\s*10(?!\\d)");

    private PainScoreFinder() {
    }

    static void find(Anchors a, Candidates out) {
        Matcher slash = a.matcher(SLASH);
        Matcher outOf = a.matcher(OUT_OF);
        String lower = a.lower();
        for (int at : a.numberStarts()) {
            int end = a.digitsEnd(at);
            if (end - at > 2) {
                continue;
            }
            if (a.charAt(end) == '.' && Character.isDigit(a.charAt(end + 1))) {
                end = a.digitsEnd(end + 1);
            }
            int next = a.skipBlanks(end);
            char c = a.charAt(next);
            boolean maybeRange = c == '-' || c == '\u2013' || lower.startsWith("to", next);
            boolean maybeSlash = c == '/' || maybeRange;
            boolean maybeOutOf = maybeRange || lower.startsWith("out", next) || lower.startsWith("on", next) || c == '\n';
            for (int k = 0; k < 2; k++) {
                Matcher m = k == 0 ? slash : outOf;
                if ((k == 0 && !maybeSlash) || (k == 1 && !maybeOutOf) || !a.lookingAt(m, at, 60)) {
                    continue;
                }
                String value = value(m.group(1), m.group(2));
                if (value != null) {
                    out.add(SpanType.PAIN_SCORE, m.start(), m.end(), value);
                } else if (m.group(2) != null && inScale(m.group(2))) {
                    // "from 8 to 10 to 3/10": a falling "range" is a change, and only its end has the scale
                    out.add(SpanType.PAIN_SCORE, m.start(2), m.end(), m.group(2));
                }
            }
        }
        Matcher bare = a.matcher(BARE_RANGE);
        for (int at = lower.indexOf("from"); at >= 0; at = lower.indexOf("from", at + 4)) {
            if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) && a.lookingAt(bare, at, 60)) {
                String value = value(bare.group(2), bare.group(3));
                if (value != null) {
                    out.add(SpanType.PAIN_SCORE, bare.start(1), bare.end(1), value);
                }
            }
        }
    }

    private static String value(String low, String high) {
        if (!inScale(low) || (high != null && (!inScale(high) || Double.parseDouble(high) <= Double.parseDouble(low)))) {
            return null;
        }
        return high == null ? low : low + "-" + high;
    }

    private static boolean inScale(String s) {
        double v = Double.parseDouble(s);
        return v >= 0 && v <= 10;
    }
}
