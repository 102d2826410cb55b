package org.imrworkstation.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores letter records against span gold, as /work/shared/score.py does: per type strict and
 * lenient F1 and value accuracy, item field accuracy, letter field accuracy, and the misses.
 *
 * <p>Letters are matched by base name. Gold offsets count in the gold text: the letter's file in
 * the seeds folder when one is given, else the gold record's "text". Where a predicted record
 * carries a "text" that differs from the gold text, its offsets are mapped into the gold text
 * through a white-space-insensitive character diff ({@link OffsetMap}). Strict: same type and same
 * offsets after mapping; lenient: same type and overlapping. Each gold span, in order, takes the
 * first unused predicted span that matches strictly, else the first that overlaps.
 */
public final class SpanScorer {

    private static final Pattern PY_INT = Pattern.compile("[+-]?[0-9]+(?:_[0-9]+)*");

    private final Set<String> types;

    /** @param types the span types to score (spans of other types are skipped); not empty */
    public SpanScorer(Collection<String> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no span types to score");
        }
        this.types = new LinkedHashSet<>(types);
    }

    /** Reads both files (letters keyed by base name) and scores them. */
    public SpanReport score(Path goldFile, Path predFile, Path seeds) {
        return score(RecordFiles.byBaseName(goldFile), RecordFiles.byBaseName(predFile), seeds);
    }

    /**
     * @param gold  gold records by letter base name, in file order
     * @param pred  predicted records by letter base name
     * @param seeds the folder with the gold letters' texts, or null to use the gold records' "text"
     */
    public SpanReport score(Map<String, JsonNode> gold, Map<String, JsonNode> pred, Path seeds) {
        Map<String, Integer> tpStrict = new HashMap<>();
        Map<String, Integer> tpLenient = new HashMap<>();
        Map<String, Integer> nGold = new HashMap<>();
        Map<String, Integer> nPred = new HashMap<>();
        Map<String, Integer> valueOk = new HashMap<>();
        int itemFields = 0;
        int itemOk = 0;
        int fieldN = 0;
        int fieldOk = 0;
        List<String> misses = new ArrayList<>();

        for (Map.Entry<String, JsonNode> entry : gold.entrySet()) {
            String name = entry.getKey();
            JsonNode g = entry.getValue();
            String gtext = seeds != null ? readLetter(seeds.resolve(name)) : textOrNull(g.path("text"));
            int[] gcps = gtext == null ? null : PythonText.codePoints(gtext);
            boolean haveGtext = gtext != null && !gtext.isEmpty();
            JsonNode p = pred.get(name);
            if (p == null) {
                misses.add(name + ": no record");
                p = JsonNodeFactory.instance.objectNode();
            }
            String ptext = textOrNull(p.path("text"));
            OffsetMap map = ptext != null && gtext != null ? OffsetMap.between(ptext, gtext) : null;

            List<GoldSpan> gs = goldSpans(name, g);
            List<PredSpan> ps = new ArrayList<>();
            for (JsonNode s : list(p.path("spans"))) {
                JsonNode type = s.path("type");
                if (!type.isTextual() || !types.contains(type.textValue())) {
                    continue;
                }
                long a = toInt(s.path("start"), name, "start");
                long b = toInt(s.path("end"), name, "end");
                if (map != null) {
                    a = map.start(a);
                    b = map.end(b);
                }
                ps.add(new PredSpan(type.textValue(), a, b, s.path("value")));
            }
            gs.forEach(s -> nGold.merge(s.type, 1, Integer::sum));
            ps.forEach(s -> nPred.merge(s.type, 1, Integer::sum));

            boolean[] used = new boolean[ps.size()];
            for (GoldSpan s : gs) {
                String t = s.type;
                int exact = first(ps, used, q -> q.type.equals(t) && q.start == s.start && q.end == s.end);
                if (exact >= 0) {
                    used[exact] = true;
                    tpStrict.merge(t, 1, Integer::sum);
                    tpLenient.merge(t, 1, Integer::sum);
                    JsonNode got = ps.get(exact).value;
                    if (Objects.equals(PythonValues.normVal(got), PythonValues.normVal(s.value))) {
                        valueOk.merge(t, 1, Integer::sum);
                    } else {
                        misses.add(name + ": " + t + " " + PythonValues.repr(s.text) + " value " + PythonValues.repr(got)
                                + " != " + PythonValues.repr(s.value));
                    }
                    continue;
                }
                int over = first(ps, used, q -> q.type.equals(t) && q.start < s.end && s.start < q.end);
                if (over >= 0) {
                    used[over] = true;
                    tpLenient.merge(t, 1, Integer::sum);
                    PredSpan q = ps.get(over);
                    misses.add(haveGtext ? name + ": " + t + " " + PythonValues.repr(s.text) + " boundary "
                            + PythonValues.reprString(PythonText.slice(gcps, q.start, q.end)) : "");
                } else {
                    misses.add(name + ": missed " + t + " " + PythonValues.repr(s.text) + " at " + s.startText);
                }
            }
            for (int i = 0; i < ps.size(); i++) {
                if (!used[i]) {
                    PredSpan q = ps.get(i);
                    misses.add(haveGtext ? name + ": spurious " + q.type + " "
                            + PythonValues.reprString(PythonText.slice(gcps, q.start, q.end)) + " at " + q.start : "");
                }
            }

            // items: compared in order, field by field, for the keys of the gold item
            List<JsonNode> gi = list(g.path("items"));
            List<JsonNode> pi = list(p.path("items"));
            for (int k = 0; k < gi.size(); k++) {
                JsonNode other = k < pi.size() ? pi.get(k) : JsonNodeFactory.instance.objectNode();
                for (Map.Entry<String, JsonNode> f : fieldsOf(gi.get(k))) {
                    itemFields++;
                    String key = f.getKey();
                    JsonNode want = f.getValue();
                    JsonNode got = other.isObject() ? other.path(key) : null;
                    boolean ok = key.equals("guidelines")
                            ? PythonValues.sortedUpper(want).equals(PythonValues.sortedUpper(got))
                            : Objects.equals(PythonValues.normVal(got), PythonValues.normVal(want));
                    if (ok) {
                        itemOk++;
                    } else {
                        misses.add(name + ": item " + (k + 1) + " " + key + " " + PythonValues.repr(got) + " != "
                                + PythonValues.repr(want));
                    }
                }
            }
            if (pi.size() != gi.size()) {
                misses.add(name + ": " + pi.size() + " items, gold has " + gi.size());
                itemFields += Math.abs(pi.size() - gi.size());
            }

            JsonNode pf = p.path("fields");
            for (Map.Entry<String, JsonNode> f : fieldsOf(g.path("fields"))) {
                fieldN++;
                String key = f.getKey();
                JsonNode want = f.getValue();
                JsonNode got = pf.isObject() ? pf.path(key) : null;
                boolean ok = want.isArray()
                        ? PythonValues.sortedUpper(want).equals(PythonValues.sortedUpper(got))
                        : Objects.equals(PythonValues.normVal(got), PythonValues.normVal(want));
                if (ok) {
                    fieldOk++;
                } else {
                    misses.add(name + ": field " + key + " " + PythonValues.repr(got) + " != " + PythonValues.repr(want));
                }
            }
        }

        List<SpanReport.Row> rows = new ArrayList<>();
        types.stream().sorted(PythonText.CODE_POINT_ORDER).forEach(t -> {
            int g = nGold.getOrDefault(t, 0);
            int p = nPred.getOrDefault(t, 0);
            int tps = tpStrict.getOrDefault(t, 0);
            int tpl = tpLenient.getOrDefault(t, 0);
            int vok = valueOk.getOrDefault(t, 0);
            rows.add(new SpanReport.Row(t, g, p, p > 0 ? (double) tps / p : 0.0, g > 0 ? (double) tps / g : 0.0,
                    f1(tps, g, p), f1(tpl, g, p), tps > 0 ? (double) vok / tps : 0.0));
        });
        return new SpanReport(rows, itemFields > 0 ? (double) itemOk / itemFields : 1.0,
                fieldN > 0 ? (double) fieldOk / fieldN : 1.0, misses);
    }

    private static double f1(int tp, int gold, int pred) {
        return gold + pred > 0 ? (double) (2 * tp) / (gold + pred) : 1.0;
    }

    private record GoldSpan(String type, long start, long end, String startText, JsonNode text, JsonNode value) {
    }

    private record PredSpan(String type, long start, long end, JsonNode value) {
    }

    private interface SpanTest {
        boolean test(PredSpan q);
    }

    private static int first(List<PredSpan> ps, boolean[] used, SpanTest test) {
        for (int i = 0; i < ps.size(); i++) {
            if (!used[i] && test.test(ps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private List<GoldSpan> goldSpans(String name, JsonNode g) {
        JsonNode spans = g.path("spans");
        if (!spans.isArray()) {
            throw new EvalException("gold " + name + ": no \"spans\" list");
        }
        List<GoldSpan> out = new ArrayList<>();
        for (JsonNode s : spans) {
            JsonNode type = s.path("type");
            if (!type.isTextual() || !types.contains(type.textValue())) {
                continue;
            }
            out.add(new GoldSpan(type.textValue(), goldOffset(s.path("start"), name, "start"),
                    goldOffset(s.path("end"), name, "end"), PythonValues.str(s.path("start")), s.path("text"),
                    s.path("value")));
        }
        return out;
    }

    /** A gold offset: an integer (or a float of integral value, which Python compares equal). */
    private static long goldOffset(JsonNode v, String name, String which) {
        if (v.isIntegralNumber()) {
            return clampToLong(v.bigIntegerValue());
        }
        if (v.isNumber() && Double.isFinite(v.doubleValue()) && v.doubleValue() == Math.rint(v.doubleValue())) {
            return clampToLong(new BigDecimal(v.doubleValue()).toBigInteger());
        }
        throw new EvalException("gold " + name + ": span " + which + " " + PythonValues.repr(v) + " is not an integer");
    }

    /** Python's int(v) for a predicted span offset. */
    private static long toInt(JsonNode v, String name, String which) {
        if (v.isIntegralNumber()) {
            return clampToLong(v.bigIntegerValue());
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? 1 : 0;
        }
        if (v.isNumber() && Double.isFinite(v.doubleValue())) {
            return clampToLong(new BigDecimal(v.doubleValue()).toBigInteger());
        }
        if (v.isTextual()) {
            String s = PythonText.strip(v.textValue());
            if (PY_INT.matcher(s).matches()) {
                return clampToLong(new BigInteger(s.replace("_", "").replace("+", "")));
            }
        }
        throw new EvalException("prediction " + name + ": span " + which + " " + PythonValues.repr(v)
                + " is not an integer");
    }

    private static long clampToLong(BigInteger x) {
        if (x.bitLength() < 64) {
            return x.longValue();
        }
        return x.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    private static String textOrNull(JsonNode v) {
        return PythonValues.isNone(v) ? null : PythonValues.str(v);
    }

    /** The elements of a JSON list; anything else (missing, null) is an empty list. */
    private static List<JsonNode> list(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    private static List<Map.Entry<String, JsonNode>> fieldsOf(JsonNode v) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (v.isObject()) {
            v.fields().forEachRemaining(out::add);
        }
        return out;
    }

    /** A gold letter's text as Python's open(..., encoding="utf-8").read() gives it: newlines as \n. */
    static String readLetter(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EvalException(file + ": no such file (gold letter text)");
        } catch (IOException e) {
            throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EvalException(file + ": not UTF-8 text");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
