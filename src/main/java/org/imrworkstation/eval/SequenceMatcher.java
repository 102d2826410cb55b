package org.imrworkstation.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() over code
 * points: the longest matching block of the whole range, then the same to its left and to its
 * right. Among equally long blocks the one starting earliest in a wins, then earliest in b, as in
 * difflib, so that the blocks (and the offsets mapped through them) are the same.
 */
final class SequenceMatcher {

    /** A matching block: a[a..a+size) equals b[b..b+size). */
    record Block(int a, int b, int size) {
    }

    private final int[] a;
    private final int[] b;
    private final Map<Integer, int[]> b2j;
    // difflib's j2len dicts as arrays, reused between calls: [j + 1] = length of the match ending at b[j]
    private int[] j2len;
    private int[] newj2len;
    private int[] touched;
    private int[] newTouched;

    SequenceMatcher(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int j = 0; j < b.length; j++) {
            lists.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
        }
        b2j = new HashMap<>();
        lists.forEach((c, js) -> b2j.put(c, js.stream().mapToInt(Integer::intValue).toArray()));
        j2len = new int[b.length + 1];
        newj2len = new int[b.length + 1];
        touched = new int[b.length];
        newTouched = new int[b.length];
    }

    /** find_longest_match(alo, ahi, blo, bhi). */
    Block findLongestMatch(int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        int nTouched = 0;
        int[] none = new int[0];
        for (int i = alo; i < ahi; i++) {
            int nNew = 0;
            for (int j : b2j.getOrDefault(a[i], none)) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len[j] + 1;
                newj2len[j + 1] = k;
                newTouched[nNew++] = j + 1;
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            for (int t = 0; t < nTouched; t++) {
                j2len[touched[t]] = 0;
            }
            int[] swap = j2len;
            j2len = newj2len;
            newj2len = swap;
            swap = touched;
            touched = newTouched;
            newTouched = swap;
            nTouched = nNew;
        }
        for (int t = 0; t < nTouched; t++) {
            j2len[touched[t]] = 0;
        }
        // difflib's extension over junk; without junk these find nothing, kept for fidelity
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
            bestsize++;
        }
        return new Block(besti, bestj, bestsize);
    }

    /** get_matching_blocks(), adjacent blocks joined, ending with the (len(a), len(b), 0) sentinel. */
    List<Block> matchingBlocks() {
        List<Block> found = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            int alo = q[0];
            int ahi = q[1];
            int blo = q[2];
            int bhi = q[3];
            Block x = findLongestMatch(alo, ahi, blo, bhi);
            int i = x.a();
            int j = x.b();
            int k = x.size();
            if (k > 0) {
                found.add(x);
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        found.sort(Comparator.comparingInt(Block::a).thenComparingInt(Block::b).thenComparingInt(Block::size));
        List<Block> joined = new ArrayList<>();
        int i1 = 0;
        int j1 = 0;
        int k1 = 0;
        for (Block blk : found) {
            if (i1 + k1 == blk.a() && j1 + k1 == blk.b()) {
                k1 += blk.size();
            } else {
                if (k1 > 0) {
                    joined.add(new Block(i1, j1, k1));
                }
                i1 = blk.a();
                j1 = blk.b();
                k1 = blk.size();
            }
        }
        if (k1 > 0) {
            joined.add(new Block(i1, j1, k1));
        }
        joined.add(new Block(a.length, b.length, 0));
        return joined;
    }
}
