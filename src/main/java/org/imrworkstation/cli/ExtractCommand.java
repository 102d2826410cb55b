package org.imrworkstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.letter.ReadOptions;
import org.imrworkstation.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** extract FILE|DIR...: one letter record per letter, JSON Lines on stdout, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract letter records (JSON Lines) from .txt and .pdf letters.",
                "",
                "One record per letter on stdout, in input order. Directories are walked. A bad file gets one",
                "line on stderr and the batch goes on; the exit code is 2 if any file failed."})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "letters (.txt, .pdf) or directories")
    List<Path> inputs;

    @Option(names = "--with-text", description = "include each letter's text (offsets point into it)")
    boolean withText;

    @Option(names = "--max-size", converter = SizeConverter.class, defaultValue = "50MB", paramLabel = "SIZE",
            description = "largest file to read, e.g. 50MB, 512k (default: ${DEFAULT-VALUE})")
    long maxSize;

    @Option(names = "--threads", paramLabel = "N", description = "reading/extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--debug", description = "show stack traces for failures")
    boolean debug;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = LetterReader.expand(inputs);
        LetterReader reader = new LetterReader(new ReadOptions(maxSize));
        Extractor extractor = new Extractor();
        PrintWriter out = spec.commandLine().getOut();
        BatchExtraction batch = new BatchExtraction(reader, extractor, Math.max(1, threads));
        int failed = batch.run(files, result -> {
            if (result.error() != null) {
                err.println(result.file() + ": " + result.error());
                if (debug && result.cause() != null) {
                    result.cause().printStackTrace(err);
                }
                return;
            }
            for (String w : result.warnings()) {
                err.println(result.file() + ": warning: " + w);
            }
            var record = withText ? result.record().withText(result.text()) : result.record();
            out.write(RecordJson.toLine(record));
            out.write('\n');
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
