package org.imrworkstation.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The section headings of a letter, for the text view to set in bold: a line of capitals
 * ("HOW THE IMR FINAL DETERMINATION WAS MADE", "DOCUMENTS REVIEWED:"), or a short line ending in
 * a colon that starts with a capital ("Case Number:" style header labels are left out: they have
 * text after the colon).
 */
public final class TextHeadings {

    private TextHeadings() {
    }

    /** [start, end) pairs, in text order. */
    public static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd).strip();
            if (isHeading(line)) {
                int lead = text.substring(lineStart, lineEnd).indexOf(line);
                out.add(new int[] {lineStart + lead, lineStart + lead + line.length()});
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    static boolean isHeading(String line) {
        if (line.length() < 4 || line.length() > 90) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 4;
    }
}
