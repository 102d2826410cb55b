package org.imrworkstation.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sources a reviewer's citation names: MTUS, ODG, ACOEM, OTHER, each once, in the order named.
 * "Non-MTUS Citation" and "outside of the MTUS" do not cite the MTUS; a Non-MTUS citation of
 * anything but the ODG or ACOEM is OTHER.
 */
final class GuidelineSources {

    /** Phrases, lower case, and what each one cites ("" for a phrase that cites nothing). */
    private static final String[][] PHRASES = {
        {"non-mtus citation", "NON_MTUS_CITATION"}, {"non mtus citation", "NON_MTUS_CITATION"},
        {"non-mtus", ""}, {"non mtus", ""}, {"outside of the mtus", ""}, {"outside the mtus", ""},
        {"mtus does not address", ""}, {"not part of the mtus", ""}, {"mtus guidelines do not address", ""},
        {"official disability guidelines", "ODG"}, {"odg", "ODG"}, {"acoem", "ACOEM"},
        {"chronic pain medical treatment guidelines", "MTUS"}, {"mtus", "MTUS"}};
    private static final String[] KNOWN_AFTER_NON_MTUS = {"official disability", "(official disability", "odg",
        "(odg", "acoem", "american college of occupational"};

    private GuidelineSources() {
    }

    static List<String> of(String citation) {
        // line breaks fall anywhere in a citation ("outside\nof the MTUS"): read it as one line
        String lower = Texts.collapse(citation.toLowerCase(Locale.ROOT));
        // earliest phrase first; at one place the longest phrase wins ("non-mtus citation" over "mtus")
        TreeMap<Integer, String[]> found = new TreeMap<>();
        for (String[] phrase : PHRASES) {
            for (int at = lower.indexOf(phrase[0]); at >= 0; at = lower.indexOf(phrase[0], at + 1)) {
                if (wholeWord(lower, at, phrase[0].length())) {
                    found.merge(at, phrase, (a, b) -> a[0].length() >= b[0].length() ? a : b);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        int covered = 0;
        for (var e : found.entrySet()) {
            int at = e.getKey();
            String[] phrase = e.getValue();
            if (at < covered) {
                continue; // "mtus" inside "non-mtus citation" already read
            }
            covered = at + phrase[0].length();
            if (phrase[1].equals("NON_MTUS_CITATION")) {
                String rest = lower.substring(covered).stripLeading();
                if (rest.startsWith(":")) {
                    rest = rest.substring(1).stripLeading();
                }
                boolean known = false;
                for (String k : KNOWN_AFTER_NON_MTUS) {
                    known |= rest.startsWith(k);
                }
                if (!known) {
                    out.add("OTHER");
                }
            } else if (!phrase[1].isEmpty()) {
                out.add(phrase[1]);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean wholeWord(String s, int at, int len) {
        return (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
                && (at + len >= s.length() || !Character.isLetterOrDigit(s.charAt(at + len)));
    }
}
