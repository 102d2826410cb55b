package org.imrworkstation.extract;

import java.util.regex.Pattern;
import org.imrworkstation.record.Layout;

/** Tells which family a letter belongs to from its headings and header block. */
final class LayoutDetector {

    private static final Pattern HEADER = Pattern.compile(
            "(?i)Case\\s+Number:|Date\\s+Assigned:|UR\\s+Denial\\s+Date:|Decision\\s+Date:");
    private static final Pattern ANY_IMR = Pattern.compile(
            "(?i)Independent\\s+Medical\\s+Review|MAXIMUS|\\bIMR\\b|utilization\\s+review");

    private LayoutDetector() {
    }

    static Layout detect(String text, String lower) {
        // the numbered "has determined the request for X is ..." lines define the 2013 family, even
        // where such a letter also carries the later "HOW THE IMR FINAL DETERMINATION" heading
        if (has(lower, "notice of independent medical review determination")
                || has(lower, "independent medical review decision and rationale")
                || has(lower, "has determined the request") || has(lower, "has determined the requested")) {
            return Layout.NOTICE_2013;
        }
        boolean finalHeadings = has(lower, "how the imr final determination was made")
                || has(lower, "imr issues, decisions and rationales");
        if (finalHeadings) {
            String top = lower.substring(0, Math.min(lower.length(), 1500));
            int how = top.indexOf("how the imr");
            String head = how >= 0 ? text.substring(0, how) : text.substring(0, top.length());
            return HEADER.matcher(head).find() ? Layout.HEADER_2016 : Layout.FINAL_2014;
        }
        return Layout.UNKNOWN;
    }

    private static boolean has(String lower, String phrase) {
        return !Anchors.findPhrase(lower, phrase).isEmpty();
    }

    /** Whether the text reads like an IMR letter at all (for the "not an IMR letter" warning). */
    static boolean looksLikeImr(String text) {
        return ANY_IMR.matcher(text).find();
    }
}
