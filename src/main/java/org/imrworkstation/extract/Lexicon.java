package org.imrworkstation.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The drug lexicon (resources/org/imrworkstation/lexicon/drugs.tsv) as a character trie, so that
 * every drug name in a letter is found in one walk over the text: case-insensitive, whole-word,
 * longest name first, a run of white space in the text matching one space of a name.
 */
public final class Lexicon {

    static final String RESOURCE = "/org/imrworkstation/lexicon/drugs.tsv";
    private static volatile Lexicon defaultLexicon;

    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private final Node root = new Node();
    private final Map<String, DrugEntry> byName = new LinkedHashMap<>();
    private FlatTrie flat;

    /** Children of ASCII characters sit in an array (the hot path), others in a small map. */
    private static final class Node {
        private Node[] ascii;
        private Map<Character, Node> other;
        private DrugEntry entry;

        Map<Character, Node> children() {
            Map<Character, Node> all = new java.util.TreeMap<>();
            if (ascii != null) {
                for (char c = 0; c < 128; c++) {
                    if (ascii[c] != null) {
                        all.put(c, ascii[c]);
                    }
                }
            }
            if (other != null) {
                all.putAll(other);
            }
            return all;
        }

        Node get(char c) {
            if (c < 128) {
                return ascii == null ? null : ascii[c];
            }
            return other == null ? null : other.get(c);
        }

        Node getOrAdd(char c) {
            Node n = get(c);
            if (n == null) {
                n = new Node();
                if (c < 128) {
                    if (ascii == null) {
                        ascii = new Node[128];
                    }
                    ascii[c] = n;
                } else {
                    if (other == null) {
                        other = new HashMap<>(4);
                    }
                    other.put(c, n);
                }
            }
            return n;
        }
    }

    /** A name found in a text: [start, end) and its entry. */
    public record Match(int start, int end, DrugEntry entry) {
    }

    public Lexicon(List<DrugEntry> entries) {
        for (DrugEntry e : entries) {
            add(e);
        }
        flat = FlatTrie.of(root);
    }

    /**
     * The trie in a few flat arrays: node n's edges are edgeChar/edgeChild[first[n] .. first[n+1]),
     * sorted by character. Walking it touches a few kilobytes instead of thousands of scattered
     * objects, which is what made drug matching the slowest step of extraction.
     */
    private record FlatTrie(int[] first, char[] edgeChar, int[] edgeChild, DrugEntry[] entry, int[] rootAscii,
                            int[] secondAscii, long[] asciiMask) {

        static FlatTrie of(Node root) {
            List<Node> nodes = new ArrayList<>();
            Map<Node, Integer> ids = new java.util.IdentityHashMap<>();
            java.util.ArrayDeque<Node> queue = new java.util.ArrayDeque<>();
            queue.add(root);
            ids.put(root, 0);
            nodes.add(root);
            while (!queue.isEmpty()) {
                Node n = queue.poll();
                for (Node child : n.children().values()) {
                    ids.put(child, nodes.size());
                    nodes.add(child);
                    queue.add(child);
                }
            }
            int[] first = new int[nodes.size() + 1];
            List<Character> chars = new ArrayList<>();
            List<Integer> kids = new ArrayList<>();
            DrugEntry[] entry = new DrugEntry[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                first[i] = chars.size();
                entry[i] = nodes.get(i).entry;
                for (var e : nodes.get(i).children().entrySet()) {
                    chars.add(e.getKey());
                    kids.add(ids.get(e.getValue()));
                }
            }
            first[nodes.size()] = chars.size();
            char[] edgeChar = new char[chars.size()];
            int[] edgeChild = new int[kids.size()];
            for (int i = 0; i < edgeChar.length; i++) {
                edgeChar[i] = chars.get(i);
                edgeChild[i] = kids.get(i);
            }
            int[] rootAscii = new int[128];
            java.util.Arrays.fill(rootAscii, -1);
            for (int k = first[0]; k < first[1]; k++) {
                if (edgeChar[k] < 128) {
                    rootAscii[edgeChar[k]] = edgeChild[k];
                }
            }
            // depth two for two ASCII characters in one look-up: most words leave the trie there
            int[] secondAscii = new int[128 * 128];
            java.util.Arrays.fill(secondAscii, -1);
            for (int c1 = 0; c1 < 128; c1++) {
                int n1 = rootAscii[c1];
                if (n1 < 0) {
                    continue;
                }
                for (int k = first[n1]; k < first[n1 + 1]; k++) {
                    if (edgeChar[k] < 128) {
                        secondAscii[c1 * 128 + edgeChar[k]] = edgeChild[k];
                    }
                }
            }
            // per node, the ASCII characters it has an edge for (two longs). A clear bit ends the walk (most
            // words leave the trie at a character no drug continues with); a set bit's rank among the
            // node's sorted edges is the edge itself, so no hash probe or search is needed
            long[] asciiMask = new long[nodes.size() * 2];
            for (int node = 0; node < nodes.size(); node++) {
                for (int k = first[node]; k < first[node + 1]; k++) {
                    char ch = edgeChar[k];
                    if (ch < 128) {
                        asciiMask[node * 2 + (ch >> 6)] |= 1L << (ch & 63);
                    }
                }
            }
            return new FlatTrie(first, edgeChar, edgeChild, entry, rootAscii, secondAscii, asciiMask);
        }

        int child(int node, char c) {
            if (c < 128) {
                if (node == 0) {
                    return rootAscii[c];
                }
                long low = asciiMask[node * 2];
                int rank;
                if (c < 64) {
                    long bit = 1L << c;
                    if ((low & bit) == 0) {
                        return -1;
                    }
                    rank = Long.bitCount(low & (bit - 1));
                } else {
                    long high = asciiMask[node * 2 + 1];
                    long bit = 1L << (c - 64);
                    if ((high & bit) == 0) {
                        return -1;
                    }
                    rank = Long.bitCount(low) + Long.bitCount(high & (bit - 1));
                }
                return edgeChild[first[node] + rank];
            }
            // edges are sorted by character, so the rare non-ASCII ones follow the ASCII ones
            for (int k = first[node]; k < first[node + 1]; k++) {
                if (edgeChar[k] == c) {
                    return edgeChild[k];
                }
            }
            return -1;
        }
    }

    public static Lexicon defaults() {
        Lexicon l = defaultLexicon;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = defaultLexicon;
                if (l == null) {
                    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("drug lexicon missing from the jar: " + RESOURCE);
                        }
                        l = new Lexicon(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    defaultLexicon = l;
                }
            }
        }
        return l;
    }

    /** Parses the TSV: '#' comments, a header line "name generics class", then one row a name. */
    static List<DrugEntry> parse(BufferedReader reader) throws IOException {
        List<DrugEntry> out = new ArrayList<>();
        String line;
        int n = 0;
        boolean header = false;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (!header) {
                header = true;
                if (cols[0].trim().equalsIgnoreCase("name")) {
                    continue;
                }
            }
            if (cols.length < 3) {
                throw new IllegalArgumentException("drugs.tsv line " + n + ": expected 3 tab-separated columns");
            }
            out.add(new DrugEntry(cols[0].trim(), cols[1].trim(), DrugClass.parse(cols[2])));
        }
        return out;
    }

    private void add(DrugEntry e) {
        String key = normalise(e.name());
        if (byName.putIfAbsent(key, e) != null) {
            return;
        }
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.getOrAdd(key.charAt(i));
        }
        node.entry = e;
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    public int size() {
        return byName.size();
    }

    public Optional<DrugEntry> lookup(String name) {
        return Optional.ofNullable(byName.get(normalise(name)));
    }

    public List<DrugEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    /**
     * The same as {@link #findAll(CharSequence)}, trying only the given word starts (each an offset
     * whose previous character is not a letter or digit), as the extractor already knows them.
     */
    public List<Match> findAll(CharSequence text, int[] wordStarts, int[] numberStarts) {
        return findAll(text.toString().toCharArray(), merge(wordStarts, numberStarts));
    }

    /** As above, over the text's characters and its token starts (word and number starts, in order). */
    List<Match> findAll(char[] text, int[] tokenStarts) {
        List<Match> out = new ArrayList<>();
        int next = 0;
        for (int start : tokenStarts) {
            if (start < next) {
                continue;
            }
            Match best = longestAt(text, start);
            if (best != null) {
                out.add(best);
                next = best.end();
            }
        }
        return out;
    }

    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            out[k++] = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
        }
        return out;
    }

    /** Every whole-word, longest-first, non-overlapping name in {@code text}, left to right. */
    public List<Match> findAll(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        List<Match> out = new ArrayList<>();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!Character.isLetterOrDigit(c) || (i > 0 && isWordChar(chars[i - 1]))) {
                i++;
                continue;
            }
            Match best = longestAt(chars, i);
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    // a char[], not a CharSequence: this runs at every word of every letter
    private Match longestAt(char[] text, int start) {
        FlatTrie t = flat;
        int node = 0;
        Match best = null;
        int n = text.length;
        int i = start;
        if (start + 1 < n) {
            char c1 = text[start];
            char c2 = text[start + 1];
            if (c1 < 128 && c2 < 128 && !Character.isWhitespace(c2)) {
                node = t.secondAscii()[ASCII_LOWER[c1] * 128 + ASCII_LOWER[c2]];
                if (node < 0) {
                    return null;
                }
                i = start + 2;
                if (t.entry()[node] != null && (i >= n || !isWordChar(text[i]))) {
                    best = new Match(start, i, t.entry()[node]);
                }
            }
        }
        while (i < n && node >= 0) {
            char c = text[i];
            if (c < 128 ? c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31) : Character.isWhitespace(c)) {
                node = t.child(node, ' ');
                if (node < 0) {
                    break;
                }
                while (i < n && Character.isWhitespace(text[i])) {
                    i++;
                }
                continue;
            }
            node = t.child(node, c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c));
            i++;
            if (node >= 0 && t.entry()[node] != null && (i >= n || !isWordChar(text[i]))) {
                best = new Match(start, i, t.entry()[node]);
            }
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
