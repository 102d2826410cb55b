package org.imrworkstation.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over a letter's masked text that finds where a pattern can start, so that each finder
 * tries its regular expression only there ({@link #lookingAt}) instead of at every character: the
 * difference between a few hundred and many thousands of letters a second. Also keeps a lower-case
 * copy of the same length for literal cue look-ups.
 */
final class Anchors {

    private final String text;
    private final char[] chars;
    private final String lower;
    private final int[] numberStarts;
    private final int[] wordStarts;
    private final int[] tokenStarts;

    Anchors(String text) {
        this.text = text;
        char[] chars = text.toCharArray(); // a plain array: String.charAt re-checks coder and bounds per call
        int n = chars.length;
        String fast = text.toLowerCase(java.util.Locale.ROOT);
        char[] low = fast.length() == n ? null : new char[n];
        int[] numbers = new int[64];
        int[] words = new int[256];
        int[] tokens = new int[320];
        int nn = 0;
        int nw = 0;
        int nt = 0;
        boolean prevAlnum = false;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (low != null) {
                // a rare character whose lower case is longer: keep offsets by mapping char by char
                low[i] = Character.isSurrogate(c) ? c : Character.toLowerCase(c);
            }
            // 0 other, 1 letter, 2 digit: a table, not a chain of range tests, on this per-character path
            int cls = c < 128 ? ASCII_CLASS[c] : (Character.isLetterOrDigit(c) ? 1 : 0);
            boolean startsToken = !prevAlnum;
            prevAlnum = cls != 0;
            if (!startsToken || cls == 0) {
                continue;
            }
            if (nt == tokens.length) {
                tokens = Arrays.copyOf(tokens, nt * 2);
            }
            tokens[nt++] = i;
            if (cls == 2) {
                if (nn == numbers.length) {
                    numbers = Arrays.copyOf(numbers, nn * 2);
                }
                numbers[nn++] = i;
            } else {
                if (nw == words.length) {
                    words = Arrays.copyOf(words, nw * 2);
                }
                words[nw++] = i;
            }
        }
        String lowered = low == null ? fast : new String(low);
        this.chars = chars;
        this.lower = lowered;
        this.numberStarts = Arrays.copyOf(numbers, nn);
        this.wordStarts = Arrays.copyOf(words, nw);
        this.tokenStarts = Arrays.copyOf(tokens, nt);
    }

    private static final byte[] ASCII_CLASS = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_CLASS[c] = 1;
            ASCII_CLASS[Character.toUpperCase(c)] = 1;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_CLASS[c] = 2;
        }
    }

    private static boolean isAlnum(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    String text() {
        return text;
    }

    /** The text in lower case, character for character (same length, same offsets). */
    String lower() {
        return lower;
    }

    /** The text's characters; callers must not change them. */
    char[] chars() {
        return chars;
    }

    /** Word and number starts together, in text order. */
    int[] tokenStarts() {
        return tokenStarts;
    }

    /** Offsets where a run of digits starts after a non-alphanumeric character. */
    int[] numberStarts() {
        return numberStarts;
    }

    /** Offsets where a word starts after a non-alphanumeric character. */
    int[] wordStarts() {
        return wordStarts;
    }

    /**
     * Where a lower-case phrase occurs as whole words, any run of white space in the text (line
     * breaks included) standing for each space of the phrase: pairs of start and end offsets.
     */
    java.util.List<int[]> findPhrase(String phrase) {
        return findPhrase(lower, phrase);
    }

    /** The first occurrence of a phrase (as {@link #findPhrase}) that starts in [from, to), or null. */
    static int[] findPhrase(String lower, String phrase, int from, int to) {
        String[] words = phrase.split(" ");
        for (int at = lower.indexOf(words[0], from); at >= 0 && at < to; at = lower.indexOf(words[0], at + 1)) {
            int end = phraseEnd(lower, words, at);
            if (end >= 0 && (at == 0 || !isAlnum(lower.charAt(at - 1)))) {
                return new int[] {at, end};
            }
        }
        return null;
    }

    private static int phraseEnd(String lower, String[] words, int at) {
        int i = at + words[0].length();
        for (int w = 1; w < words.length; w++) {
            int ws = i;
            while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
                i++;
            }
            if (i == ws || !lower.startsWith(words[w], i)) {
                return -1;
            }
            i += words[w].length();
        }
        return i;
    }

    static java.util.List<int[]> findPhrase(String lower, String phrase) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        String[] words = phrase.split(" ");
        char last = phrase.charAt(phrase.length() - 1);
        for (int at = lower.indexOf(words[0]); at >= 0; at = lower.indexOf(words[0], at + 1)) {
            if (at > 0 && isAlnum(lower.charAt(at - 1)) && isAlnum(words[0].charAt(0))) {
                continue;
            }
            int end = phraseEnd(lower, words, at);
            if (end >= 0 && (end >= lower.length() || !isAlnum(last) || !isAlnum(lower.charAt(end)))) {
                out.add(new int[] {at, end});
            }
        }
        return out;
    }

    /** The offset just past the run of digits starting at {@code at}. */
    int digitsEnd(int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The character at {@code i}, or 0 past the end. */
    char charAt(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    /** The first offset at or after {@code i} that is not a space or tab. */
    int skipBlanks(int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** A matcher over the whole text whose look-behinds see past any region set on it. */
    Matcher matcher(Pattern p) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Tries {@code m} at {@code at}, looking at most {@code span} characters ahead. */
    boolean lookingAt(Matcher m, int at, int span) {
        m.region(at, Math.min(text.length(), at + span));
        return m.lookingAt();
    }
}
