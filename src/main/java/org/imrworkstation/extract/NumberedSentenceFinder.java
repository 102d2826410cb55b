package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.Decision;

/**
 * Finds disputed items written as numbered sentences, the form between the 2013 notices and the
 * ": Upheld" headings: "1. Norco 10/325mg #120 is not medically necessary and appropriate.", then
 * "The Expert Reviewer based his/her decision on ..." and "The Expert Reviewer's decision
 * rationale:". Tried only when a letter's own layout gives no items, so that a numbered sentence
 * in another layout's rationale is never taken for an item.
 */
final class NumberedSentenceFinder {

    /** A numbered line whose sentence (at most three lines) ends in the decision. */
    private static final Pattern ITEM = Pattern.compile(
            "(?m)^[ \\t]*(\\d{1,2})[.)][ \\t]+([^\\n]{2,300}?(?:\\n[ \\t]*[^\\n]{1,200}?){0,2}?)\\s+"
                    + "(is\\s+(not\\s*)?medically\\s+necessary(?:\\s+and\\s+appropriate)?)");
    private static final Pattern NO_TREATMENT = Pattern.compile("(?i)(?:the|this|that)\\s+(?:request|treatment|item)");
    private static final Pattern EXPERT_GUIDELINE = Pattern.compile(
            "(?i)(?:Expert\\s+Reviewer\\s+based\\s+his/her\\s+decision\\s+on|MAXIMUS\\s+guideline\\s*:)");
    private static final Pattern RATIONALE = Pattern.compile(
            "(?i)decision\\s+rationale\\s*:?|Rationale\\s+for\\s+the\\s+Decision\\s*:?");

    private NumberedSentenceFinder() {
    }

    /** One numbered sentence: its number, treatment and decision phrase, before its guideline block is known. */
    private record Sentence(int number, int treatmentStart, int treatmentEnd, int decisionStart, int decisionEnd,
                            Decision decision) {
    }

    /** Every numbered determination after the issues heading (or the whole letter without one). */
    static List<NoticeHeadingFinder.Determination> find(String text, String lower) {
        int from = 0;
        List<int[]> issues = Anchors.findPhrase(lower, "imr issues, decisions and rationales");
        if (!issues.isEmpty()) {
            from = issues.get(issues.size() - 1)[1];
        }
        List<Sentence> found = new ArrayList<>();
        Matcher m = ITEM.matcher(text).region(from, text.length());
        while (m.find()) {
            if (NO_TREATMENT.matcher(m.group(2).strip()).matches()) {
                continue; // "1. The request is not medically necessary": a rationale's sentence, no treatment
            }
            found.add(new Sentence(Integer.parseInt(m.group(1)), m.start(2), m.end(2), m.start(3), m.end(3),
                    m.group(4) != null ? Decision.UPHELD : Decision.OVERTURNED));
        }
        List<NoticeHeadingFinder.Determination> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Sentence f = found.get(i);
            int blockEnd = i + 1 < found.size() ? found.get(i + 1).treatmentStart() : text.length();
            int gStart = f.decisionEnd();
            int gEnd = blockEnd;
            Matcher g = EXPERT_GUIDELINE.matcher(text).region(f.decisionEnd(), blockEnd);
            if (g.find()) {
                gStart = g.end();
                Matcher r = RATIONALE.matcher(text).region(gStart, blockEnd);
                gEnd = r.find() ? r.start() : blockEnd;
            }
            out.add(new NoticeHeadingFinder.Determination(f.number(), new Heading(f.treatmentStart(), f.treatmentEnd(),
                    f.decisionStart(), f.decisionEnd(), f.decision(), gStart, gEnd)));
        }
        return out;
    }
}
