package org.imrworkstation.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The string rules of Python 3 that the reference scorers rely on, so that the port gives the same
 * figures and messages. Python strings are sequences of code points, so offsets and slices here
 * count code points, not UTF-16 units.
 */
final class PythonText {

    /** Python's sorted() order of str: by code point. */
    static final Comparator<String> CODE_POINT_ORDER = PythonText::compare;

    private PythonText() {
    }

    /** Python's str.isspace() for one code point (also what re's \s matches in a str pattern). */
    static boolean isSpace(int cp) {
        if (cp >= 0x09 && cp <= 0x0D || cp >= 0x1C && cp <= 0x20) {
            return true;
        }
        if (cp < 0x85) {
            return false;
        }
        return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || cp >= 0x2000 && cp <= 0x200A
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** str.strip() without arguments. */
    static String strip(String s) {
        int[] cps = codePoints(s);
        int a = 0;
        int b = cps.length;
        while (a < b && isSpace(cps[a])) {
            a++;
        }
        while (b > a && isSpace(cps[b - 1])) {
            b--;
        }
        return new String(cps, a, b - a);
    }

    /** re.sub(r"\s+", " ", s). */
    static String collapseSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int cp : codePoints(s)) {
            if (isSpace(cp)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.appendCodePoint(cp);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /** str.split() without arguments: runs of white space separate, no empty parts. */
    static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int cp : codePoints(s)) {
            if (isSpace(cp)) {
                if (cur.length() > 0) {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.appendCodePoint(cp);
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        return parts;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** text[a:b] with Python's slice rules (negative indices count from the end, then clamp). */
    static String slice(int[] text, long a, long b) {
        int n = text.length;
        long from = sliceIndex(a, n);
        long to = sliceIndex(b, n);
        if (from >= to) {
            return "";
        }
        return new String(text, (int) from, (int) (to - from));
    }

    private static long sliceIndex(long i, int n) {
        if (i < 0) {
            i += n;
            return i < 0 ? 0 : i;
        }
        return Math.min(i, n);
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /**
     * f"{x:.Nf}": the exact binary value rounded half to even, as Python does (Java's %f rounds
     * the shortest decimal form half up, which differs for values like 0.125 or 1.005).
     */
    static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        if ((x < 0 || x == 0 && 1 / x < 0) && !s.startsWith("-")) {
            s = "-" + s;
        }
        return s;
    }

    /** f"{s:W}" for a str: left-aligned, padded to W code points. */
    static String padRight(String s, int width) {
        int n = length(s);
        return n >= width ? s : s + " ".repeat(width - n);
    }

    /** f"{s:>W}": right-aligned, padded to W code points. */
    static String padLeft(String s, int width) {
        int n = length(s);
        return n >= width ? s : " ".repeat(width - n) + s;
    }
}
