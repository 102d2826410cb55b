package org.imrworkstation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrworkstation.check.CheckReport;
import org.imrworkstation.check.Flag;
import org.imrworkstation.check.LetterChecks;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.letter.ReadOptions;
import org.imrworkstation.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** check FILE|DIR...: reads and extracts like extract, then prints each letter's flags. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check letters for what a clerk would miss (dates, decisions, doses, MED).",
                "",
                "Dates, decisions against their rationales, guideline pages, strengths and",
                "quantities, a stated MED against the items' arithmetic. One line per flag",
                "(FILE: SEVERITY KIND: message) or FILE: no flags; --json: one object per letter.",
                "Flags are findings: the exit code is 0, or 2 if a file could not be read."})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "letters (.txt, .pdf) or directories")
    List<Path> inputs;

    @Option(names = "--json", description = "one JSON object per letter: letter, computed_med, flags")
    boolean json;

    @Option(names = "--max-size", converter = SizeConverter.class, defaultValue = "50MB",
            description = "largest file to read (default: ${DEFAULT-VALUE} bytes = 50MB)")
    long maxSize;

    @Option(names = "--threads", description = "reading/extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--debug", description = "show stack traces for failures")
    boolean debug;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = LetterReader.expand(inputs);
        BatchExtraction batch = new BatchExtraction(new LetterReader(new ReadOptions(maxSize)), new Extractor(),
                Math.max(1, threads));
        LetterChecks checks = new LetterChecks();
        int failed = batch.run(files, result -> {
            if (result.error() != null) {
                err.println(result.file() + ": " + result.error());
                if (debug && result.cause() != null) {
                    result.cause().printStackTrace(err);
                }
                return;
            }
            CheckReport report = checks.check(result.record(), result.text());
            if (json) {
                try {
                    out.write(RecordJson.mapper().writeValueAsString(report));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                out.write('\n');
            } else if (report.flags().isEmpty()) {
                out.println(result.file() + ": no flags");
            } else {
                for (Flag f : report.flags()) {
                    out.println(result.file() + ": " + f.line());
                }
            }
        });
        out.flush();
        err.flush();
        if (failed > 0) {
            err.println(failed + " of " + files.size() + " files failed");
            return 2;
        }
        return 0;
    }
}
