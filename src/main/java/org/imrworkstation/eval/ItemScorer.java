package org.imrworkstation.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the items and letter fields of letter records against items-only gold, as
 * /work/shared/score_items.py does. Gold items carry treatment, decision and drug_name (the drug
 * as written, or null) and no spans; predicted records follow the letter-record schema.
 *
 * <p>Letters are matched by base name without extension (CM16-1.pdf matches CM16-1.txt). Items
 * are aligned in order when the counts agree, else each gold item takes the free predicted item
 * whose treatment is most similar (token Jaccard, first best), if that similarity is at least 0.5.
 */
public final class ItemScorer {

    /** Reads both files (letters keyed by base name without extension) and scores them. */
    public ItemReport score(Path goldFile, Path predFile) {
        return score(RecordFiles.byStem(goldFile), RecordFiles.byStem(predFile));
    }

    /**
     * @param gold gold records by letter name without extension, in file order
     * @param pred predicted records by letter name without extension
     */
    public ItemReport score(Map<String, JsonNode> gold, Map<String, JsonNode> pred) {
        int letters = 0;
        int countOk = 0;
        int items = 0;
        int decOk = 0;
        int treatOk = 0;
        int drugOk = 0;
        int fields = 0;
        int fOk = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : gold.entrySet()) {
            String name = entry.getKey();
            JsonNode g = entry.getValue();
            JsonNode p = pred.get(name);
            if (p == null) {
                misses.add(name + ": no record");
                p = JsonNodeFactory.instance.objectNode();
            }
            letters++;
            List<JsonNode> gi = list(g.path("items"));
            List<JsonNode> pi = list(p.path("items"));
            if (gi.size() == pi.size()) {
                countOk++;
            } else {
                misses.add(name + ": " + pi.size() + " items, gold " + gi.size());
            }
            for (JsonNode[] pair : align(gi, pi)) {
                JsonNode gitem = pair[0];
                JsonNode pitem = pair[1];
                items++;
                if (pitem == null) {
                    misses.add(name + ": missed item " + PythonValues.repr(gitem.path("treatment")));
                    continue;
                }
                JsonNode d = pitem.path("decision");
                String dec = PythonText.upper(PythonValues.truthy(d) ? PythonValues.str(d) : "");
                JsonNode w = gitem.path("decision");
                if (!w.isTextual()) {
                    throw new EvalException("gold " + name + ": item " + PythonValues.repr(gitem.path("treatment"))
                            + " has no decision");
                }
                String want = PythonText.upper(w.textValue()).replace("PARTIALLY_OVERTURNED", "PARTIAL");
                if (dec.equals(want)) {
                    decOk++;
                } else {
                    misses.add(name + ": " + PythonValues.repr(gitem.path("treatment")) + " decision " + dec + " != "
                            + want);
                }
                if (similarity(gitem.path("treatment"), pitem.path("treatment")) >= 0.8) {
                    treatOk++;
                } else {
                    misses.add(name + ": treatment " + PythonValues.repr(pitem.path("treatment")) + " != "
                            + PythonValues.repr(gitem.path("treatment")));
                }
                if (PythonValues.isNone(gitem.path("drug_name")) == PythonValues.isNone(pitem.path("drug"))) {
                    drugOk++;
                }
            }
            JsonNode gf = g.path("fields");
            JsonNode pf = p.path("fields");
            if (PythonValues.truthy(gf) && gf.isObject()) {
                for (var it = gf.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    fields++;
                    JsonNode got = pf.isObject() ? pf.path(f.getKey()) : null;
                    if (fieldOk(f.getKey(), f.getValue(), got)) {
                        fOk++;
                    } else {
                        misses.add(name + ": field " + f.getKey() + " " + PythonValues.repr(got) + " != "
                                + PythonValues.repr(f.getValue()));
                    }
                }
            }
        }
        return new ItemReport(letters, items, ratio(countOk, letters), ratio(decOk, items), ratio(treatOk, items),
                ratio(drugOk, items), ratio(fOk, fields), misses);
    }

    private static double ratio(int x, int n) {
        return n > 0 ? (double) x / n : 1.0;
    }

    /** Pairs of (gold item, predicted item or null), as score_items.py's align. */
    static List<JsonNode[]> align(List<JsonNode> gi, List<JsonNode> pi) {
        List<JsonNode[]> pairs = new ArrayList<>();
        if (gi.size() == pi.size()) {
            for (int k = 0; k < gi.size(); k++) {
                pairs.add(new JsonNode[] {gi.get(k), pi.get(k)});
            }
            return pairs;
        }
        List<JsonNode> free = new ArrayList<>(pi);
        for (JsonNode g : gi) {
            int best = -1;
            double bestSim = 0;
            for (int k = 0; k < free.size(); k++) {
                double s = similarity(g.path("treatment"), free.get(k).path("treatment"));
                if (best < 0 || s > bestSim) {
                    best = k;
                    bestSim = s;
                }
            }
            if (best >= 0 && bestSim >= 0.5) {
                pairs.add(new JsonNode[] {g, free.remove(best)});
            } else {
                pairs.add(new JsonNode[] {g, null});
            }
        }
        return pairs;
    }

    /** Token Jaccard similarity of two treatments; 1.0 when neither has a token. */
    static double similarity(JsonNode a, JsonNode b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        if (union.isEmpty()) {
            return 1.0;
        }
        Set<String> both = new HashSet<>(ta);
        both.retainAll(tb);
        return (double) both.size() / union.size();
    }

    /** set(re.findall(r"[a-z0-9]+", (s or "").lower())). */
    static Set<String> tokens(JsonNode s) {
        String text = PythonText.lower(PythonValues.truthy(s) ? PythonValues.str(s) : "");
        Set<String> out = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && isTokenChar(text.charAt(j))) {
                j++;
            }
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** A field is right when it equals the gold one; reviewer_specialty may be the first of several, '&' is 'and'. */
    static boolean fieldOk(String key, JsonNode want, JsonNode got) {
        if (key.equals("reviewer_specialty") && want.isTextual() && got != null && got.isTextual()) {
            String w = want.textValue();
            String norm = specialty(got.textValue());
            int comma = w.indexOf(',');
            return norm.equals(specialty(w)) || norm.equals(specialty(comma >= 0 ? w.substring(0, comma) : w));
        }
        return PythonValues.equal(want, got);
    }

    private static String specialty(String s) {
        return String.join(" ", PythonText.split(PythonText.lower(s).replace("&", "and")));
    }

    private static List<JsonNode> list(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }
}
