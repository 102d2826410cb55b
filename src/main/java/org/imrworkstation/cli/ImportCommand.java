package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrworkstation.letter.LetterReader;
import org.imrworkstation.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** import FILE|DIR...: letters and the extractor's suggestions into the database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import letters into the database, with the extractor's suggestions.",
                "",
                "Directories are walked (.txt, .pdf). A letter already stored (same SHA-256) is",
                "skipped. A bad file gets one line on stderr, is recorded as failed, and the import",
                "goes on; the exit code is 2 if any failed. Commits every --batch letters, so an",
                "interrupted import keeps whole letters and can simply be run again.",
                "--annotations FILE.jsonl instead stores letter records that carry text and",
                "annotations (an export --format jsonl, a gold set export) as they are."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "letters (.txt, .pdf) or directories")
    List<Path> inputs;

    @Mixin
    DbOption db;

    @Option(names = "--max-size", converter = SizeConverter.class, defaultValue = "50MB",
            description = "largest file to read (default: 50MB)")
    long maxSize;

    @Option(names = "--threads", description = "reading/extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", description = "letters per transaction (default: ${DEFAULT-VALUE})")
    int batchSize = 200;

    @Option(names = "--progress-every", paramLabel = "SECONDS",
            description = "progress line interval when stderr is not a terminal (default: ${DEFAULT-VALUE})")
    double progressEvery = 10;

    @Option(names = "--debug", description = "show stack traces for failures")
    boolean debug;

    // issue 6: import --annotations (AnnotationsImport does the work)
    @picocli.CommandLine.ArgGroup(exclusive = false)
    AnnotationsImport.Options annotations;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (annotations != null) {
            return new AnnotationsImport(annotations, db, spec).call(inputs);
        }
        if (inputs == null || inputs.isEmpty()) {
            err.println("error: nothing to import: give letters (FILE|DIR...) or --annotations FILE.jsonl");
            return 2;
        }
        List<Path> files = LetterReader.expand(inputs);
        try (Database database = db.open()) {
            ImportProgress progress = new ImportProgress(err, files.size(), System.console() != null, progressEvery);
            LetterImport.Summary s = new LetterImport(database, threads, batchSize, maxSize)
                    .run(files, err, progress, debug);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "database: %s%n", database.file());
            out.printf(Locale.ROOT, "files: %d in %.1f s (%.0f letters/s)%n", files.size(), s.seconds(),
                    files.size() / Math.max(1e-9, s.seconds()));
            out.printf(Locale.ROOT, "imported: %d%n", s.imported());
            out.printf(Locale.ROOT, "duplicates skipped: %d%n", s.duplicates());
            out.printf(Locale.ROOT, "failed: %d%n", s.failed());
            for (String f : s.failures()) {
                out.println("  " + f);
            }
            if (s.failed() > s.failures().size()) {
                out.println("  ... and " + (s.failed() - s.failures().size()) + " more (see stderr)");
            }
            out.flush();
            return s.failed() > 0 ? 2 : 0;
        }
    }
}
