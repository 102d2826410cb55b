package org.imrworkstation.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find in the letter: case-insensitive, and a space in the query matches any run of white space,
 * line breaks included (letters break phrases over lines: "Norco 10/325" may stand as "Norco\n10/325").
 */
public final class TextSearch {

    private final List<int[]> matches;

    private TextSearch(List<int[]> matches) {
        this.matches = matches;
    }

    public static TextSearch of(String text, String query) {
        List<int[]> out = new ArrayList<>();
        String q = query == null ? "" : query.strip();
        if (!q.isEmpty()) {
            StringBuilder regex = new StringBuilder();
            for (String word : q.split("\\s+")) {
                if (regex.length() > 0) {
                    regex.append("\\s+");
                }
                regex.append(Pattern.quote(word));
            }
            Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return new TextSearch(out);
    }

    public int count() {
        return matches.size();
    }

    /** [start, end) of match i. */
    public int[] match(int i) {
        return matches.get(i).clone();
    }

    /**
     * The match to go to from {@code offset}: forward, the first that starts after it; backward, the
     * last that starts before it; round the end of the letter if none. -1 when nothing matches.
     */
    public int from(int offset, boolean forward) {
        if (matches.isEmpty()) {
            return -1;
        }
        if (forward) {
            for (int i = 0; i < matches.size(); i++) {
                if (matches.get(i)[0] > offset) {
                    return i;
                }
            }
            return 0;
        }
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i)[0] < offset) {
                return i;
            }
        }
        return matches.size() - 1;
    }
}
