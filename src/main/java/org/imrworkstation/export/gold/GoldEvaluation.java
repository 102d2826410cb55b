package org.imrworkstation.export.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imrworkstation.eval.Evaluator;
import org.imrworkstation.eval.SpanReport;
import org.imrworkstation.eval.SpanScorer;
import org.imrworkstation.export.ExportRecord;
import org.imrworkstation.record.LetterRecord;
import org.imrworkstation.record.RecordJson;

/**
 * Scores predictions against a frozen gold set: the eval scorer's per-type strict and lenient
 * P/R/F1, value accuracy, item and field accuracy, plus the errors by kind ({@link ErrorKinds}).
 * {@link #compare} puts two predictions side by side: per type what got better or worse, and the
 * errors the second fixed or introduced.
 */
public final class GoldEvaluation {

    /** One prediction's figures against the gold set. */
    public record Result(String label, String note, SpanReport report, ErrorKinds errors) {
    }

    private final String goldName;
    private final List<ExportRecord> gold;
    private final List<String> types;

    public GoldEvaluation(String goldName, List<ExportRecord> gold) {
        this.goldName = goldName;
        this.gold = gold;
        this.types = Evaluator.DEFAULT_TYPES;
    }

    public Result score(Predictions.Source source) {
        Map<String, JsonNode> goldByName = new LinkedHashMap<>();
        ErrorKinds errors = new ErrorKinds(types);
        for (ExportRecord g : gold) {
            String name = Predictions.base(g.letter());
            goldByName.put(name, RecordJson.mapper().valueToTree(g.toLetterRecord()));
            JsonNode p = source.byName().get(name);
            errors.add(name, g.toLetterRecord(), p == null ? null : record(p));
        }
        SpanReport report = new SpanScorer(types).score(goldByName, source.byName(), null);
        return new Result(source.label(), source.note(), report, errors);
    }

    private static LetterRecord record(JsonNode p) {
        try {
            return RecordJson.mapper().treeToValue(p, LetterRecord.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null; // a record the model cannot read: its spans count as missed here, the scorer says why
        }
    }

    public void print(Result r, PrintWriter out, int maxMisses) {
        out.printf(Locale.ROOT, "gold set %s (%d letters) against %s%n", goldName, gold.size(), r.label());
        if (!r.note().isEmpty()) {
            out.println(r.note());
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        r.report().print(new PrintStream(buf, true, StandardCharsets.UTF_8), maxMisses);
        out.print(buf.toString(StandardCharsets.UTF_8));
        out.println("errors by kind:");
        printKinds(out, r.errors());
    }

    private static void printKinds(PrintWriter out, ErrorKinds e) {
        out.printf(Locale.ROOT, "%-15s %7s %8s %8s %6s %5s%n", "type", "missed", "spurious", "boundary", "value", "type");
        e.counts().forEach((t, c) -> out.printf(Locale.ROOT, "%-15s %7d %8d %8d %6d %5d%n", t, c[0], c[1], c[2], c[3],
                c[4]));
        out.printf(Locale.ROOT, "%-15s %7d %8d %8d %6d %5d%n", "all", e.total(ErrorKinds.Kind.MISSED),
                e.total(ErrorKinds.Kind.SPURIOUS), e.total(ErrorKinds.Kind.BOUNDARY), e.total(ErrorKinds.Kind.VALUE),
                e.total(ErrorKinds.Kind.TYPE));
    }

    /** Two predictions side by side: per-type F1, accuracies, errors by kind, then what changed. */
    public void compare(Result a, Result b, PrintWriter out, int maxChanges) {
        out.printf(Locale.ROOT, "gold set %s (%d letters): A = %s, B = %s%n", goldName, gold.size(), a.label(),
                b.label());
        for (Result r : List.of(a, b)) {
            if (!r.note().isEmpty()) {
                out.println(r.note());
            }
        }
        out.printf(Locale.ROOT, "%-15s %8s %8s %8s %8s %8s  %s%n", "type", "F1 A", "F1 B", "F1len A", "F1len B",
                "value B", "");
        for (int i = 0; i < a.report().rows().size(); i++) {
            SpanReport.Row ra = a.report().rows().get(i);
            SpanReport.Row rb = b.report().rows().get(i);
            out.printf(Locale.ROOT, "%-15s %8.3f %8.3f %8.3f %8.3f %8.2f  %s%n", ra.type(), ra.f1(), rb.f1(),
                    ra.f1Lenient(), rb.f1Lenient(), rb.valueAccuracy(), verdict(ra.f1(), rb.f1()));
        }
        out.printf(Locale.ROOT, "%-15s %8.3f %8.3f %37s%n", "items", a.report().itemAccuracy(),
                b.report().itemAccuracy(), verdict(a.report().itemAccuracy(), b.report().itemAccuracy()));
        out.printf(Locale.ROOT, "%-15s %8.3f %8.3f %37s%n", "fields", a.report().fieldAccuracy(),
                b.report().fieldAccuracy(), verdict(a.report().fieldAccuracy(), b.report().fieldAccuracy()));
        out.printf(Locale.ROOT, "%-15s %8s %8s%n", "errors", "A", "B");
        for (ErrorKinds.Kind k : ErrorKinds.Kind.values()) {
            out.printf(Locale.ROOT, "  %-13s %8d %8d%n", k.name().toLowerCase(Locale.ROOT), a.errors().total(k),
                    b.errors().total(k));
        }
        Changes changes = changes(a, b);
        List<ErrorKinds.Error> fixed = changes.fixed();
        List<ErrorKinds.Error> broken = changes.introduced();
        out.printf(Locale.ROOT, "better in B: %d errors of A gone%n", fixed.size());
        fixed.stream().limit(maxChanges).forEach(e -> out.println("  " + e.line()));
        out.printf(Locale.ROOT, "worse in B: %d new errors%n", broken.size());
        broken.stream().limit(maxChanges).forEach(e -> out.println("  " + e.line()));
    }

    /** What B changed against A: A's errors B no longer makes, and B's errors A did not make. */
    public record Changes(List<ErrorKinds.Error> fixed, List<ErrorKinds.Error> introduced) {
    }

    /** Errors are the same when letter, type, kind and offsets are (the detail may differ). */
    public static Changes changes(Result a, Result b) {
        Set<String> inA = new LinkedHashSet<>();
        a.errors().errors().forEach(e -> inA.add(e.key()));
        Set<String> inB = new LinkedHashSet<>();
        b.errors().errors().forEach(e -> inB.add(e.key()));
        return new Changes(a.errors().errors().stream().filter(e -> !inB.contains(e.key())).toList(),
                b.errors().errors().stream().filter(e -> !inA.contains(e.key())).toList());
    }

    public String goldName() {
        return goldName;
    }

    public int letters() {
        return gold.size();
    }

    private static String verdict(double a, double b) {
        return Math.abs(a - b) < 5e-4 ? "same" : b > a ? "better" : "WORSE";
    }
}
