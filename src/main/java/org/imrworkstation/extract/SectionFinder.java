package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the section headings of every known layout, in text order. */
public final class SectionFinder {

    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t]*(HOW THE IMR FINAL DETERMINATION WAS MADE|CLINICAL CASE SUMMARY"
                    + "|IMR ISSUES, DECISIONS AND RATIONALES|INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE"
                    + "|Medical Qualifications of the Expert Reviewer:?|Expert Reviewer Case Summary:?|Case Summary:"
                    + "|Documents Reviewed for Decision:?|Notice of Independent Medical Review Determination)[ \\t]*$");

    private SectionFinder() {
    }

    private static int nextLine(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl + 1;
    }

    public static List<Section> find(String text) {
        List<Section> out = new ArrayList<>();
        Matcher m = HEADING.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int lastStart = 0;
        String lastName = "HEADER";
        for (int line = 0; line < text.length(); line = nextLine(text, line)) {
            int lineEnd = text.indexOf('\n', line);
            int first = line;
            while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            if (first >= text.length() || "HCIMEDNhcimedn".indexOf(text.charAt(first)) < 0) {
                continue;
            }
            m.region(line, lineEnd < 0 ? text.length() : lineEnd);
            if (!m.lookingAt()) {
                continue;
            }
            if (m.start() > lastStart || !out.isEmpty()) {
                out.add(new Section(lastName, lastStart, m.start()));
            }
            lastName = m.group(1).replaceAll(":$", "").toUpperCase(java.util.Locale.ROOT);
            lastStart = m.start();
        }
        out.add(new Section(lastName, lastStart, text.length()));
        out.removeIf(s -> s.start() == s.end());
        return out;
    }
}
