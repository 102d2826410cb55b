package org.imrworkstation.extract;

/** Small string helpers for the hot path, where String.replaceAll would compile a regex per call. */
final class Texts {

    private Texts() {
    }

    /** White space runs collapsed to one space, ends stripped. */
    static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** All white space removed. */
    static String squeeze(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    static String yearMonth(String year, int month) {
        return year + (month < 10 ? "-0" : "-") + month;
    }
}
