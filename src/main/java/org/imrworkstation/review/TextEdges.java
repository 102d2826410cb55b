package org.imrworkstation.review;

/** Where a span's edge goes when moved by a character or a word (letters and digits make a word). */
final class TextEdges {

    private TextEdges() {
    }

    /** The offset one step from {@code offset} in direction {@code dir} (-1 or +1), clamped to the text. */
    static int move(String text, int offset, int dir, boolean word) {
        if (!word) {
            return Math.max(0, Math.min(text.length(), offset + dir));
        }
        int i = offset;
        if (dir > 0) {
            while (i < text.length() && !isWord(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && isWord(text.charAt(i))) {
                i++;
            }
        } else {
            while (i > 0 && !isWord(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && isWord(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c);
    }
}
