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

    private final Node root = new Node();
    private final Map<String, DrugEntry> byName = new LinkedHashMap<>();

    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>(4);
        private DrugEntry entry;
    }

    /** A name found in a text: [start, end) and its entry. */
    public record Match(int start, int end, DrugEntry entry) {
    }

    public Lexicon(List<DrugEntry> entries) {
        for (DrugEntry e : entries) {
            add(e);
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
            node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
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

    /** Every whole-word, longest-first, non-overlapping name in {@code text}, left to right. */
    public List<Match> findAll(CharSequence text) {
        List<Match> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            Match best = longestAt(text, i);
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match longestAt(CharSequence text, int start) {
        Node node = root;
        Match best = null;
        int n = text.length();
        int i = start;
        while (i < n && node != null) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                node = node.next.get(' ');
                int j = i;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                i = j;
            } else {
                node = node.next.get(Character.toLowerCase(c));
                i++;
            }
            if (node != null && node.entry != null && (i >= n || !isWordChar(text.charAt(i)))
                    && !Character.isWhitespace(text.charAt(i - 1))) {
                best = new Match(start, i, node.entry);
            }
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
