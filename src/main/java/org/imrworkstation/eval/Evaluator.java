package org.imrworkstation.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.imrworkstation.record.SpanType;

/**
 * The eval command's work: scores a file of predicted letter records against a gold file with
 * the scorer that fits the gold, prints the report and gives the exit status.
 *
 * <p>Gold records without a "spans" key (none of them has one) are items-only gold: they are
 * scored by {@link ItemScorer} (score_items.py). Otherwise {@link SpanScorer} (score.py) scores
 * them. Exit status 0 when the figures reach the minimum: in span mode every scored type's strict
 * F1 and the item and field accuracies; in items mode the item count, decision and field
 * accuracies. Else 1.
 */
public final class Evaluator {

    /** Which scorer the gold calls for. */
    public enum Mode {
        /** Span gold: score.py. */
        SPANS,
        /** Items-only gold: score_items.py. */
        ITEMS
    }

    /**
     * The span types scored unless told otherwise: the eight v1 types of the guidelines, as the
     * reference scorer's default list (the added FREQUENCY, ROUTE and MED are scored only on request).
     */
    public static final List<String> DEFAULT_TYPES = SpanType.V1.stream().map(Enum::name).toList();
    public static final double DEFAULT_MIN_F1 = 0.95;
    /** Misses printed before "(+N more)", as the Python scorers. */
    public static final int DEFAULT_MAX_MISSES = 60;

    private final Path gold;
    private final Path pred;
    private final Path seeds;
    private final List<String> types;
    private final double minF1;

    /**
     * @param gold  the gold JSONL
     * @param pred  the predicted JSONL
     * @param seeds the folder with the gold letters' texts, or null to use the gold records' "text"
     * @param types the span types to score (span mode), e.g. {@link #DEFAULT_TYPES}
     * @param minF1 the minimum the figures must reach for exit status 0
     */
    public Evaluator(Path gold, Path pred, Path seeds, Collection<String> types, double minF1) {
        this.gold = Objects.requireNonNull(gold, "gold");
        this.pred = Objects.requireNonNull(pred, "pred");
        this.seeds = seeds;
        this.types = List.copyOf(types);
        this.minF1 = minF1;
    }

    public Evaluator(Path gold, Path pred, Path seeds) {
        this(gold, pred, seeds, DEFAULT_TYPES, DEFAULT_MIN_F1);
    }

    /** "A,B,C" as score.py's --types reads it (split at every comma). */
    public static List<String> parseTypes(String csv) {
        return new ArrayList<>(Arrays.asList(csv.split(",", -1)));
    }

    /** Items-only when there are gold records and none has a "spans" key; else spans. */
    public static Mode modeOf(List<JsonNode> goldRecords) {
        boolean anySpans = goldRecords.stream().anyMatch(r -> r.has("spans"));
        return goldRecords.isEmpty() || anySpans ? Mode.SPANS : Mode.ITEMS;
    }

    /**
     * Scores and prints the report to {@code out} (only its summary line when {@code quiet}).
     *
     * @return the exit status: 0 when the figures reach the minimum, else 1
     * @throws EvalException when a file cannot be read or used (one-line message)
     */
    public int run(PrintStream out, boolean quiet) {
        List<JsonNode> goldRecords = RecordFiles.read(gold);
        if (modeOf(goldRecords) == Mode.ITEMS) {
            ItemReport report = new ItemScorer().score(RecordFiles.index(goldRecords, RecordFiles::stem),
                    RecordFiles.byStem(pred));
            if (quiet) {
                out.println(report.summaryLine());
            } else {
                report.print(out, DEFAULT_MAX_MISSES);
            }
            return report.exitCode(minF1);
        }
        SpanReport report = new SpanScorer(types).score(RecordFiles.index(goldRecords, RecordFiles::baseName),
                RecordFiles.byBaseName(pred), seeds);
        if (quiet) {
            out.println(report.summaryLine());
        } else {
            report.print(out, DEFAULT_MAX_MISSES);
        }
        return report.exitCode(minF1);
    }

    /**
     * As {@link #run(PrintStream, boolean)}, but a file that cannot be used is reported on
     * {@code err} in one line and gives exit status 1, as the Python scorers' sys.exit(message).
     */
    public int run(PrintStream out, PrintStream err, boolean quiet) {
        try {
            return run(out, quiet);
        } catch (EvalException e) {
            out.flush();
            err.println(e.getMessage());
            return 1;
        }
    }
}
