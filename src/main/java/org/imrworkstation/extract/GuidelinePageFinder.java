package org.imrworkstation.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrworkstation.record.SpanType;

/**
 * The pages of a guideline citation after its cue (Page(s):, pg, page, pages, pp.), without the
 * cue: "63-66", "78", "63-66; 41" (value "63-66,41"). A page line of the letter itself ("Page 3 of
 * 5") is not a citation.
 */
final class GuidelinePageFinder {

    private static final String PAGE = "\\d{1,4}(?:\\s*(?:-|–|to)\\s*\\d{1,4})?";
    private static final Pattern CITED = Pattern.compile(
            "(?i)(?<!\\w)(?:page\\(s\\)|pages?|pgs?|pp?)\\.?\\s*:?\\s*(" + PAGE + "(?:\\s*(?:,|;|&|and)\\s*" + PAGE
                    + ")*)(?![\\w/])(?!\\.\\d)(?!\\s+of\\b(?![\\s\\S]{0,40}?(?:MTUS|ACOEM|ODG|[Gg]uideline|Chronic\\s+Pain)))");
    private static final Pattern PART = Pattern.compile("(\\d{1,4})(?:\\s*(?:-|–|to)\\s*(\\d{1,4}))?");

    private GuidelinePageFinder() {
    }

    /** The word at {@code at} is a page cue: p, pp, pg, pgs, page, pages, page(s). */
    private static boolean isCue(String lower, int at) {
        int end = at;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return switch (lower.substring(at, end)) {
            case "p", "pp", "pg", "pgs", "page", "pages" -> true;
            default -> false;
        };
    }

    static void find(Anchors a, Candidates out) {
        Matcher m = a.matcher(CITED);
        String lower = a.lower();
        for (int at : a.wordStarts()) {
            if (lower.charAt(at) != 'p' || !isCue(lower, at) || !a.lookingAt(m, at, 160)) {
                continue;
            }
            String pages = m.group(1);
            StringBuilder value = new StringBuilder();
            Matcher p = PART.matcher(pages);
            while (p.find()) {
                if (value.length() > 0) {
                    value.append(',');
                }
                value.append(p.group(1));
                if (p.group(2) != null) {
                    value.append('-').append(p.group(2));
                }
            }
            out.add(SpanType.GUIDELINE_PAGE, m.start(1), m.end(1), value.toString());
        }
    }
}
