package org.imrworkstation.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imrworkstation.eval.EvalException;
import org.imrworkstation.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** eval --gold GOLD PRED: the reference scorers' figures, computed the same way. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score letter records against gold records.",
                "",
                "Per span type: gold and predicted counts, strict and lenient P/R/F1, value accuracy; then item and",
                "field accuracy and the misses. Gold without spans (items and fields only) is scored item by item.",
                "",
                "--gold-set NAME scores against a frozen gold set of the database instead: PRED.jsonl, or",
                "--extractor-version V (its stored suggestions), or --compare A B (each a version or a .jsonl)."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "GOLD.jsonl", description = "gold letter records")
    Path gold;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PRED.jsonl",
            description = "predicted letter records (e.g. from extract)")
    Path pred;

    // issue 6: scoring against a frozen gold set (GoldSetEval does the work)
    @picocli.CommandLine.ArgGroup(exclusive = false)
    GoldSetEval.Options goldSet;

    @picocli.CommandLine.Mixin
    DbOption db;

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "folder with the gold letters' texts (default: the gold records' \"text\")")
    Path seeds;

    @Option(names = "--types", paramLabel = "T,T", description = "span types to score (default: all v1 types)")
    String types;

    @Option(names = "--min-f1", paramLabel = "X", defaultValue = "0",
            description = "exit 1 when any strict F1, item or field accuracy is below X (default: no threshold)")
    double minF1;

    @Option(names = "--quiet", description = "print only the summary line")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (goldSet != null) {
            return new GoldSetEval(goldSet, db, spec).call(pred);
        }
        if (gold == null || pred == null) {
            spec.commandLine().getErr().println("error: give --gold GOLD.jsonl and PRED.jsonl, or --gold-set NAME");
            return 2;
        }
        // the report is small: made in memory, then written through the command's own writer
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream report = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        var typeList = types == null ? Evaluator.DEFAULT_TYPES : Evaluator.parseTypes(types);
        try {
            int code = new Evaluator(gold, pred, seeds, typeList, minF1).run(report, quiet);
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            return code;
        } catch (EvalException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
    }
}
