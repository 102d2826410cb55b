package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sources a reviewer's citation names: MTUS, ODG, ACOEM, OTHER, each once, in the order named.
 * "Non-MTUS Citation" and "outside of the MTUS" do not cite the MTUS; a Non-MTUS citation of
 * anything but the ODG or ACOEM is OTHER.
 */
final class GuidelineSources {

    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(?<nonmtus>Non-?\\s*MTUS(?:\\s+Citation)?\\s*:?\\s*)|(?<outside>outside\\s+(?:of\\s+)?the\\s+MTUS)"
                    + "|(?<odg>Official\\s+Disability\\s+Guidelines|\\bODG\\b)|(?<acoem>\\bACOEM\\b)"
                    + "|(?<mtus>\\bMTUS\\b|Chronic\\s+Pain\\s+Medical\\s+Treatment\\s+Guidelines)");
    private static final Pattern KNOWN_AFTER_NON_MTUS = Pattern.compile(
            "(?i)\\(?(?:Official\\s+Disability|ODG|ACOEM|American\\s+College\\s+of\\s+Occupational)");

    private GuidelineSources() {
    }

    static List<String> of(String citation) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(citation);
        while (m.find()) {
            if (m.group("nonmtus") != null) {
                if (m.group("nonmtus").toLowerCase(Locale.ROOT).contains("citation")
                        && !KNOWN_AFTER_NON_MTUS.matcher(citation).region(m.end(), citation.length()).lookingAt()) {
                    out.add("OTHER");
                }
            } else if (m.group("odg") != null) {
                out.add("ODG");
            } else if (m.group("acoem") != null) {
                out.add("ACOEM");
            } else if (m.group("mtus") != null) {
                out.add("MTUS");
            }
        }
        return new ArrayList<>(out);
    }
}
