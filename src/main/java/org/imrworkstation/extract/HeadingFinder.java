package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.Decision;

/**
 * Finds the disputed items of the "final determination" layouts (2014-15 and 2016 on): a heading
 * that ends ": Upheld" or ": Overturned" (the word sometimes alone on the next line; the heading
 * may hold colons of its own and wrap over lines), then its guideline lines and rationale.
 */
final class HeadingFinder {

    private static final Pattern DECISION = Pattern.compile(
            "(?i):[ \\t]*(?:\\n[ \\t]*)*(Partially[ \\t]+Overturned|Partially[ \\t]+Upheld|Upheld[ \\t]+in[ \\t]+part"
                    + "|Overturned[ \\t]+in[ \\t]+part|Upheld|Overturned)\\.?[ \\t]*(?=\\n|$)");
    private static final Pattern BLOCK_LABEL = Pattern.compile(
            "(?i)^\\s*(?:Decision\\s+rationale|MAXIMUS\\s+guideline|Claims\\s+Administrator\\s+guideline)\\s*:");
    /** "X was the original request. Y was authorized ... The remaining ... portion of the original request, Z". */
    private static final Pattern REMAINING = Pattern.compile(
            "(?is)remaining\\b.{0,60}?original\\s+request\\s*(?:,|:|is|was)?\\s*");
    private static final int MAX_HEADING_LINES = 6;

    private HeadingFinder() {
    }

    static List<Heading> find(String text, String lower) {
        // the items start after "...set forth below:" (or the section heading where that line is missing)
        int from = 0;
        List<int[]> below = Anchors.findPhrase(lower, "set forth below");
        List<int[]> issues = Anchors.findPhrase(lower, "imr issues, decisions and rationales");
        int belowEnd = below.isEmpty() ? -1 : below.get(below.size() - 1)[1];
        int issuesEnd = issues.isEmpty() ? -1 : issues.get(issues.size() - 1)[1];
        if (belowEnd >= 0) {
            int colon = lower.indexOf(':', belowEnd);
            from = colon >= 0 && colon - belowEnd < 10 ? colon + 1 : belowEnd;
        }
        if (issuesEnd > from) {
            from = issuesEnd;
        }
        List<int[]> markers = new ArrayList<>();
        Matcher m = DECISION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<Heading> out = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (int colon = text.indexOf(':', from); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            m.region(colon, Math.min(text.length(), colon + 60));
            if (!m.lookingAt()) {
                continue;
            }
            markers.add(new int[] {m.start(), m.start(1), m.end(1)});
            decisions.add(decisionOf(m.group(1)));
        }
        int floor = from;
        int[] headStarts = new int[markers.size()];
        for (int i = 0; i < markers.size(); i++) {
            headStarts[i] = headingStart(text, markers.get(i)[0], floor);
            floor = markers.get(i)[2];
        }
        for (int i = 0; i < markers.size(); i++) {
            int[] mk = markers.get(i);
            int blockEnd = i + 1 < markers.size() ? headStarts[i + 1] : text.length();
            int treatmentStart = skipSpace(text, headStarts[i], mk[0]);
            Matcher rem = REMAINING.matcher(text).region(treatmentStart, mk[0]);
            int lastRemaining = -1;
            while (rem.find()) {
                lastRemaining = rem.end();
            }
            if (lastRemaining >= 0) {
                treatmentStart = lastRemaining;
            }
            int treatmentEnd = trimEnd(text, treatmentStart, mk[0]);
            int[] guideline = guidelineBlock(lower, mk[2], blockEnd);
            out.add(new Heading(treatmentStart, treatmentEnd, mk[1], mk[2], decisions.get(i), guideline[0], guideline[1]));
        }
        return out;
    }

    static Decision decisionOf(String word) {
        String w = Texts.collapse(word.toLowerCase(Locale.ROOT));
        if (w.startsWith("partially") || w.endsWith("in part")) {
            return Decision.PARTIAL;
        }
        return w.startsWith("upheld") ? Decision.UPHELD : Decision.OVERTURNED;
    }

    /** Walks back from the decision colon over the heading's wrapped lines. */
    private static int headingStart(String text, int colon, int floor) {
        int lineStart = text.lastIndexOf('\n', colon - 1) + 1;
        int start = Math.max(lineStart, floor);
        for (int lines = 1; lines < MAX_HEADING_LINES && start > floor; lines++) {
            int prevEnd = start - 1;
            while (prevEnd > floor && Character.isWhitespace(text.charAt(prevEnd))) {
                prevEnd--;
            }
            if (prevEnd <= floor || endsSentence(text, prevEnd)) {
                break;
            }
            int prevStart = Math.max(text.lastIndexOf('\n', prevEnd) + 1, floor);
            if (BLOCK_LABEL.matcher(text.substring(prevStart, prevEnd + 1)).find()) {
                break;
            }
            start = prevStart;
        }
        return start;
    }

    private static boolean endsSentence(String text, int at) {
        int w = at;
        while (w > 0 && "\"'\u201d)".indexOf(text.charAt(w)) >= 0) {
            w--;
        }
        // a rationale closes "... is not medically necessary" (sometimes quoted, without a period)
        if (endsWithWord(text, w, "necessary") || endsWithWord(text, w, "appropriate")) {
            return true;
        }
        char c = text.charAt(at);
        // a colon at a line end is part of a heading ("DOS:"), the section's own colon is the floor
        if (c == '.' || c == '!' || c == '?') {
            return true;
        }
        return (c == '"' || c == ')' || c == '\u201d') && at > 0 && text.charAt(at - 1) == '.';
    }

    private static boolean endsWithWord(String text, int last, String word) {
        int start = last - word.length() + 1;
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        // DESIGN's wording "..., Z is: Upheld": the "is" belongs to the sentence, not to Z
        if (to - from > 3 && text.regionMatches(true, to - 3, " is", 0, 3)) {
            to -= 3;
        }
        return to;
    }

    /** The reviewer's own citation: "MAXIMUS guideline: ..." up to "Decision rationale:". */
    private static int[] guidelineBlock(String lower, int from, int to) {
        int[] g = Anchors.findPhrase(lower, "maximus guideline", from, to);
        if (g == null) {
            return new int[] {from, from};
        }
        int colon = lower.indexOf(':', g[1]);
        int start = colon >= 0 && colon - g[1] < 5 ? colon + 1 : g[1];
        int[] r = Anchors.findPhrase(lower, "decision rationale", start, to);
        return new int[] {start, r == null ? to : r[0]};
    }
}
