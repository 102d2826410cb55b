package org.imrworkstation.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letter text with page furniture (page-number lines, lone case-number lines, form feeds)
 * blanked out by spaces of the same length. Finders match on {@link #masked()} so that a footer in
 * the middle of a paragraph neither creates a span nor breaks one, while every offset still points
 * into the original text.
 */
final class MaskedText {

    private static final Pattern NOISE_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:Page[ \\t]+\\d+[ \\t]+of[ \\t]+\\d+|Page[ \\t]+\\d+|-[ \\t]*\\d+[ \\t]*-"
                    + "|(?:IMR[ \\t]+)?(?:Case[ \\t]+(?:Number|No\\.?)[: \\t]*)?CM\\d{2}-\\d{5,8}"
                    + "|\\d+[ \\t]+of[ \\t]+\\d+)[ \\t]*$");

    private final String original;
    private final String masked;

    MaskedText(String original) {
        this.original = original;
        this.masked = mask(original);
    }

    String original() {
        return original;
    }

    String masked() {
        return masked;
    }

    private static String mask(String text) {
        char[] chars = null;
        Matcher m = NOISE_LINE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int line = 0; line < text.length(); ) {
            int nl = text.indexOf('\n', line);
            int lineEnd = nl < 0 ? text.length() : nl;
            int first = line;
            while (first < lineEnd && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            char c = first < lineEnd ? text.charAt(first) : 0;
            boolean candidate = c == 'P' || c == 'C' || c == 'I' || c == '-' || (c >= '0' && c <= '9');
            int start = line;
            line = lineEnd + 1;
            if (!candidate) {
                continue;
            }
            m.region(start, lineEnd);
            if (!m.lookingAt() || isHeaderCaseNumber(text, m.start())) {
                continue;
            }
            if (chars == null) {
                chars = text.toCharArray();
            }
            for (int i = m.start(); i < m.end(); i++) {
                chars[i] = ' ';
            }
        }
        for (int i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) {
            if (chars == null) {
                chars = text.toCharArray();
            }
            chars[i] = '\n';
        }
        return chars == null ? text : new String(chars);
    }

    /** The header's own case number is a value of the header block, not page furniture. */
    private static boolean isHeaderCaseNumber(String text, int lineStart) {
        return lineStart < 400 && text.indexOf("CM", lineStart) >= 0 && text.lastIndexOf("Page", lineStart) < 0
                && text.substring(0, lineStart).contains("Case Number");
    }
}
