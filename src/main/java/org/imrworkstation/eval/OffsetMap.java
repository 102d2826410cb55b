package org.imrworkstation.eval;

import java.util.Arrays;

/**
 * score.py's offset_map: maps offsets in a predicted record's text into the gold text, ignoring
 * white space. A start offset goes to the place of its next non-space character in the gold text,
 * an end offset to just past its previous non-space character. The non-space characters of both
 * texts are paired one to one, or through a character diff where they differ (dehyphenation, say).
 * Offsets count code points, as Python's do.
 */
final class OffsetMap {

    private final int[] starts;
    private final int[] ends;

    private OffsetMap(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The map from src offsets to dst offsets, or null when the texts are the same. */
    static OffsetMap between(String src, String dst) {
        if (src.equals(dst)) {
            return null;
        }
        int[] s = PythonText.codePoints(src);
        int[] d = PythonText.codePoints(dst);
        int[] sp = nonSpace(s);
        int[] dp = nonSpace(d);
        int[] sChars = pick(s, sp);
        int[] dChars = pick(d, dp);
        int[] pair = new int[sp.length];
        Arrays.fill(pair, -1);
        if (Arrays.equals(sChars, dChars)) {
            for (int k = 0; k < pair.length; k++) {
                pair[k] = k;
            }
        } else {
            for (SequenceMatcher.Block blk : new SequenceMatcher(sChars, dChars).matchingBlocks()) {
                for (int k = 0; k < blk.size(); k++) {
                    pair[blk.a() + k] = blk.b() + k;
                }
            }
        }
        int[] starts = new int[s.length + 1];
        int j = sp.length;
        int nearest = d.length;
        for (int i = s.length; i >= 0; i--) {
            while (j > 0 && sp[j - 1] >= i) {
                j--;
                if (pair[j] >= 0) {
                    nearest = dp[pair[j]];
                }
            }
            starts[i] = nearest;
        }
        int[] ends = new int[s.length + 1];
        j = 0;
        nearest = 0;
        for (int i = 0; i <= s.length; i++) {
            while (j < sp.length && sp[j] < i) {
                if (pair[j] >= 0) {
                    nearest = dp[pair[j]] + 1;
                }
                j++;
            }
            ends[i] = nearest;
        }
        return new OffsetMap(starts, ends);
    }

    /** The mapped place of a start offset; offsets outside the source text are clamped first. */
    int start(long offset) {
        return starts[clamp(offset)];
    }

    /** The mapped place of an end offset; offsets outside the source text are clamped first. */
    int end(long offset) {
        return ends[clamp(offset)];
    }

    private int clamp(long offset) {
        int top = starts.length - 1;
        return (int) Math.max(0, Math.min(offset, top));
    }

    private static int[] nonSpace(int[] text) {
        int n = 0;
        int[] at = new int[text.length];
        for (int i = 0; i < text.length; i++) {
            if (!PythonText.isSpace(text[i])) {
                at[n++] = i;
            }
        }
        return Arrays.copyOf(at, n);
    }

    private static int[] pick(int[] text, int[] at) {
        int[] out = new int[at.length];
        for (int k = 0; k < at.length; k++) {
            out[k] = text[at[k]];
        }
        return out;
    }
}
