package org.imrworkstation.export.gold;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.Span;

/**
 * A prediction's span errors by kind, per type: MISSED (no predicted span there), SPURIOUS (no gold
 * span there), BOUNDARY (same type, overlapping, other offsets), VALUE (same mention, other value),
 * TYPE (a predicted span of another type on the gold mention). Offsets are compared as they are:
 * the prediction must be of the gold text (stored suggestions and the extractor's output are).
 */
public final class ErrorKinds {

    public enum Kind { MISSED, SPURIOUS, BOUNDARY, VALUE, TYPE }

    /**
     * One error: where, what kind, and a short description ("Norco" 12..17 value x != y); for a
     * table, the span's text and what gold has against what was predicted in that kind's terms (a
     * value, a text for a boundary, a type for a type error; "" where one side has nothing).
     */
    public record Error(String letter, String type, Kind kind, int start, int end, String detail, String text,
                        String gold, String predicted) {
        /** The same error in another run: same letter, type, kind and place. */
        String key() {
            return letter + "|" + type + "|" + kind + "|" + start + "|" + end;
        }

        public String line() {
            return letter + ": " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + type + " " + detail;
        }
    }

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<Error> errors = new ArrayList<>();

    public ErrorKinds(Collection<String> types) {
        types.stream().sorted().forEach(t -> counts.put(t, new int[Kind.values().length]));
    }

    public void add(String letter, LetterRecord gold, LetterRecord pred) {
        Set<String> types = counts.keySet();
        List<Span> gs = gold.spans().stream().filter(s -> types.contains(s.type().name())).toList();
        List<Span> ps = pred == null ? List.of()
                : pred.spans().stream().filter(s -> types.contains(s.type().name())).toList();
        boolean[] used = new boolean[ps.size()];
        for (Span g : gs) {
            int exact = find(ps, used, p -> p.type() == g.type() && p.start() == g.start() && p.end() == g.end());
            if (exact >= 0) {
                used[exact] = true;
                if (!Objects.equals(ps.get(exact).value(), g.value())) {
                    error(letter, g, Kind.VALUE, "\"" + g.text() + "\" value " + ps.get(exact).value() + " != "
                            + g.value(), g.value(), ps.get(exact).value());
                }
                continue;
            }
            int boundary = find(ps, used, p -> p.type() == g.type() && p.overlaps(g));
            if (boundary >= 0) {
                used[boundary] = true;
                error(letter, g, Kind.BOUNDARY, "\"" + g.text() + "\" predicted \"" + ps.get(boundary).text() + "\"",
                        "\"" + g.text() + "\"", "\"" + ps.get(boundary).text() + "\"");
                continue;
            }
            int type = find(ps, used, p -> p.overlaps(g));
            if (type >= 0) {
                used[type] = true;
                error(letter, g, Kind.TYPE, "\"" + g.text() + "\" predicted as " + ps.get(type).type(),
                        g.type().name(), ps.get(type).type().name());
                continue;
            }
            error(letter, g, Kind.MISSED, "\"" + g.text() + "\" at " + g.start(), g.value(), null);
        }
        for (int i = 0; i < ps.size(); i++) {
            if (!used[i]) {
                Span p = ps.get(i);
                error(letter, p, Kind.SPURIOUS, "\"" + p.text() + "\" at " + p.start(), null, p.value());
            }
        }
    }

    private interface Test {
        boolean test(Span s);
    }

    private static int find(List<Span> ps, boolean[] used, Test t) {
        for (int i = 0; i < ps.size(); i++) {
            if (!used[i] && t.test(ps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void error(String letter, Span s, Kind kind, String detail, String gold, String predicted) {
        counts.get(s.type().name())[kind.ordinal()]++;
        errors.add(new Error(letter, s.type().name(), kind, s.start(), s.end(), detail.replace('\n', ' '),
                oneLine(s.text()), oneLine(gold), oneLine(predicted)));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    /** Per type, the count of each kind (in {@link Kind} order). */
    public Map<String, int[]> counts() {
        return counts;
    }

    public int total(Kind kind) {
        return counts.values().stream().mapToInt(c -> c[kind.ordinal()]).sum();
    }

    public List<Error> errors() {
        return errors;
    }
}
