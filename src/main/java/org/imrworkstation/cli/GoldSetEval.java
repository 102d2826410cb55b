package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.imrworkstation.export.ExportException;
import org.imrworkstation.export.ExportRecord;
import org.imrworkstation.export.gold.GoldEvaluation;
import org.imrworkstation.export.gold.GoldSets;
import org.imrworkstation.export.gold.Predictions;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.store.Database;
import picocli.CommandLine.Option;

/** eval --gold-set NAME [PRED.jsonl | --extractor-version V | --compare A B]: the part of eval over gold sets. */
final class GoldSetEval {

    /** The options of eval that go with --gold-set. */
    static final class Options {
        @Option(names = "--gold-set", required = true, paramLabel = "NAME", description = "a frozen gold set (gold list)")
        String name;

        @Option(names = "--extractor-version", paramLabel = "V",
                description = "with --gold-set: score version V's suggestions (default: this jar's extractor)")
        String version;

        @Option(names = "--compare", arity = "2", paramLabel = "A B",
                description = "with --gold-set: two versions or .jsonl files side by side")
        List<String> compare;

        @Option(names = "--max-misses", defaultValue = "60", paramLabel = "N",
                description = "with --gold-set: misses or changes listed (default: ${DEFAULT-VALUE})")
        int maxMisses;
    }

    private final Options options;
    private final DbOption db;
    private final picocli.CommandLine.Model.CommandSpec spec;

    GoldSetEval(Options options, DbOption db, picocli.CommandLine.Model.CommandSpec spec) {
        this.options = options;
        this.db = db;
        this.spec = spec;
    }

    Integer call(Path pred) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        int sources = (pred != null ? 1 : 0) + (options.version != null ? 1 : 0) + (options.compare != null ? 1 : 0);
        if (sources > 1) {
            err.println("error: give one of PRED.jsonl, --extractor-version V or --compare A B");
            return 2;
        }
        try (Database database = db.open()) {
            List<ExportRecord> gold = new GoldSets(database).records(options.name);
            GoldEvaluation eval = new GoldEvaluation(options.name, gold);
            if (options.compare != null) {
                GoldEvaluation.Result a = eval.score(Predictions.of(options.compare.get(0), database, gold));
                GoldEvaluation.Result b = eval.score(Predictions.of(options.compare.get(1), database, gold));
                eval.compare(a, b, out, options.maxMisses);
            } else {
                String spec = pred != null ? pred.toString()
                        : options.version != null ? options.version : Extractor.VERSION;
                eval.print(eval.score(Predictions.of(spec, database, gold)), out, options.maxMisses);
            }
            out.flush();
            return 0;
        } catch (ExportException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
