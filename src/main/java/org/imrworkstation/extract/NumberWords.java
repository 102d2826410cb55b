package org.imrworkstation.extract;

import java.util.Locale;
import java.util.Map;

/** Small counts written as digits or words ("one refill", "two refills"). */
final class NumberWords {

    static final String PATTERN = "\\d{1,3}|zero|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("no", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private NumberWords() {
    }

    static Integer parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            return Integer.valueOf(t);
        }
        return WORDS.get(t);
    }
}
