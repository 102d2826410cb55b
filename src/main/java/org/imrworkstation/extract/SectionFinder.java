package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the section headings of every known layout, in text order: a line that is only a heading. */
public final class SectionFinder {

    private static final String[] HEADINGS = {
        "HOW THE IMR FINAL DETERMINATION WAS MADE", "CLINICAL CASE SUMMARY", "IMR ISSUES, DECISIONS AND RATIONALES",
        "INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE", "MEDICAL QUALIFICATIONS OF THE EXPERT REVIEWER",
        "EXPERT REVIEWER CASE SUMMARY", "CASE SUMMARY", "DOCUMENTS REVIEWED FOR DECISION",
        "NOTICE OF INDEPENDENT MEDICAL REVIEW DETERMINATION"};

    private SectionFinder() {
    }

    public static List<Section> find(String text) {
        List<Section> out = new ArrayList<>();
        int lastStart = 0;
        String lastName = "HEADER";
        for (int line = 0; line < text.length(); ) {
            int nl = text.indexOf('\n', line);
            int end = nl < 0 ? text.length() : nl;
            String name = headingOf(text, line, end);
            if (name != null) {
                if (line > lastStart || !out.isEmpty()) {
                    out.add(new Section(lastName, lastStart, line));
                }
                lastName = name;
                lastStart = line;
            }
            line = end + 1;
        }
        out.add(new Section(lastName, lastStart, text.length()));
        out.removeIf(s -> s.start() == s.end());
        return out;
    }

    private static String headingOf(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ':')) {
            end--;
        }
        int len = end - start;
        if (len < 12 || len > 60) {
            return null;
        }
        for (String h : HEADINGS) {
            if (h.length() == len && text.regionMatches(true, start, h, 0, len)) {
                return h.toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }
}
