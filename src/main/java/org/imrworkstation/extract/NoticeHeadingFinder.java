package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.Decision;

/**
 * Finds the disputed items of the older "Notice of Independent Medical Review Determination":
 * numbered determinations "1) MAXIMUS Federal Services, Inc. has determined the request for X is
 * not medically necessary and appropriate." (listed twice in these letters: the first list gives
 * the items, every listing gets its decision span), and per item "1) Regarding the request for
 * X:" with "Medical Treatment Guideline(s) Used by the Expert Reviewer:".
 */
final class NoticeHeadingFinder {

    private static final Pattern DETERMINATION = Pattern.compile(
            "(?is)(?:^|\\n)[ \\t]*(\\d{1,2})[).][ \\t]*(?:MAXIMUS\\s+Federal\\s+Services,?\\s+Inc\\.?\\s+)?has\\s+determined\\s+"
                    + "the\\s+(?:request(?:ed)?\\s+(?:for\\s+)?|requested\\s+)(.{1,400}?)\\s+(is\\s+(not\\s*)?medically\\s+"
                    + "necessary(?:\\s+and\\s+appropriate)?)");
    private static final Pattern REGARDING = Pattern.compile(
            "(?im)^[ \\t]*(?:(\\d{1,2})[).][ \\t]*)?Regarding\\s+the\\s+request");
    private static final Pattern EXPERT_GUIDELINE = Pattern.compile(
            "(?i)Medical\\s+Treatment\\s+Guideline\\(?s?\\)?\\s+Used\\s+by\\s+the\\s+Expert\\s+Reviewer\\s*:?");
    private static final Pattern RATIONALE = Pattern.compile(
            "(?i)Rationale\\s+for\\s+the\\s+Decision\\s*:?|\\n[ \\t]*\\d{1,2}[).][ \\t]*Regarding\\s+the\\s+request");

    private NoticeHeadingFinder() {
    }

    /** A numbered determination: its number and where it stands. */
    record Determination(int number, Heading heading) {
    }

    /** All determination lines, in text order (tried only where "has determined" stands). */
    static List<Determination> find(String text, String lower) {
        Map<Integer, int[]> guidelineByNumber = guidelineBlocks(text, lower);
        List<Determination> out = new ArrayList<>();
        Matcher m = DETERMINATION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int[] phrase : Anchors.findPhrase(lower, "has determined")) {
            int lineStart = Math.max(done, lineStartBefore(text, phrase[0]));
            m.region(Math.max(0, lineStart - 1), Math.min(text.length(), phrase[1] + 520));
            if (!m.lookingAt() || m.start(1) > phrase[0]) {
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            Decision d = m.group(4) != null ? Decision.UPHELD : Decision.OVERTURNED;
            int[] g = guidelineByNumber.getOrDefault(number, new int[] {m.end(), m.end()});
            out.add(new Determination(number, new Heading(m.start(2), m.end(2), m.start(3), m.end(3), d, g[0], g[1])));
            done = m.end();
        }
        return out;
    }

    /** The number's line may wrap once before "has determined" ("1) MAXIMUS Federal Services, Inc.\nhas ..."). */
    private static int lineStartBefore(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int before = start - 1;
        if (before > 0) {
            int prevStart = text.lastIndexOf('\n', before - 1) + 1;
            String prev = text.substring(prevStart, before).strip();
            if (!prev.isEmpty() && Character.isDigit(prev.charAt(0)) && !prev.endsWith(".")) {
                return prevStart;
            }
        }
        return start;
    }

    static List<Heading> all(List<Determination> found) {
        return found.stream().map(Determination::heading).toList();
    }

    /** The items: the first determination of each number, in order of first appearance. */
    static List<Heading> items(List<Determination> found) {
        Map<Integer, Heading> first = new LinkedHashMap<>();
        for (Determination d : found) {
            first.putIfAbsent(d.number(), d.heading());
        }
        return new ArrayList<>(first.values());
    }

    private static Map<Integer, int[]> guidelineBlocks(String text, String lower) {
        Map<Integer, int[]> out = new HashMap<>();
        Matcher r = REGARDING.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<int[]> starts = new ArrayList<>();
        for (int[] phrase : Anchors.findPhrase(lower, "regarding the request")) {
            int lineStart = text.lastIndexOf('\n', phrase[0] - 1) + 1;
            r.region(lineStart, Math.min(text.length(), phrase[1]));
            if (r.lookingAt()) {
                // an unnumbered "Regarding the request for" is the next item in order
                int number = r.group(1) != null ? Integer.parseInt(r.group(1)) : starts.size() + 1;
                starts.add(new int[] {number, r.end()});
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k)[1];
            int to = k + 1 < starts.size() ? starts.get(k + 1)[1] : text.length();
            Matcher g = EXPERT_GUIDELINE.matcher(text).region(from, to);
            if (g.find()) {
                Matcher end = RATIONALE.matcher(text).region(g.end(), to);
                out.putIfAbsent(starts.get(k)[0], new int[] {g.end(), end.find() ? end.start() : to});
            }
        }
        return out;
    }
}
