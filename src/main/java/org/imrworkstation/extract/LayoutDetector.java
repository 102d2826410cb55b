package org.imrworkstation.extract;

import java.util.regex.Pattern;
import org.imrworkstation.record.Layout;

/** Tells which family a letter belongs to from its headings and header block. */
final class LayoutDetector {

    private static final Pattern NOTICE = Pattern.compile(
            "(?i)Notice\\s+of\\s+Independent\\s+Medical\\s+Review\\s+Determination"
                    + "|INDEPENDENT\\s+MEDICAL\\s+REVIEW\\s+DECISION\\s+AND\\s+RATIONALE"
                    + "|has\\s+determined\\s+the\\s+request(?:ed)?\\s+(?:for\\s+)?");
    private static final Pattern FINAL = Pattern.compile(
            "(?i)HOW\\s+THE\\s+IMR\\s+FINAL\\s+DETERMINATION\\s+WAS\\s+MADE|IMR\\s+ISSUES,\\s+DECISIONS\\s+AND\\s+RATIONALES");
    private static final Pattern HEADER = Pattern.compile(
            "(?i)Case\\s+Number:|Date\\s+Assigned:|UR\\s+Denial\\s+Date:|Decision\\s+Date:");
    private static final Pattern ANY_IMR = Pattern.compile(
            "(?i)Independent\\s+Medical\\s+Review|MAXIMUS|\\bIMR\\b|utilization\\s+review");

    private LayoutDetector() {
    }

    static Layout detect(String text, String lower) {
        // the numbered "has determined the request for X is ..." lines define the 2013 family, even
        // where such a letter also carries the later "HOW THE IMR FINAL DETERMINATION" heading
        if (lower.contains("notice of independent medical review") || lower.contains("has determined the request")
                || NOTICE.matcher(text).find()) {
            return Layout.NOTICE_2013;
        }
        boolean finalHeadings = lower.contains("how the imr final determination") || lower.contains("imr issues, decisions")
                || FINAL.matcher(text).find();
        if (finalHeadings) {
            String top = lower.substring(0, Math.min(lower.length(), 1500));
            int how = top.indexOf("how the imr");
            String head = how >= 0 ? text.substring(0, how) : text.substring(0, top.length());
            return HEADER.matcher(head).find() ? Layout.HEADER_2016 : Layout.FINAL_2014;
        }
        return Layout.UNKNOWN;
    }

    /** Whether the text reads like an IMR letter at all (for the "not an IMR letter" warning). */
    static boolean looksLikeImr(String text) {
        return ANY_IMR.matcher(text).find();
    }
}
