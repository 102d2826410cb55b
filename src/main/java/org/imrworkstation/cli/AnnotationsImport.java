package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.imrworkstation.export.AnnotationImport;
import org.imrworkstation.export.ExportException;
import org.imrworkstation.store.Annotator;
import org.imrworkstation.store.Database;
import picocli.CommandLine.Option;

/** import --annotations FILE.jsonl: the part of the import command that stores annotated records. */
final class AnnotationsImport {

    /** The options that only make sense with --annotations. */
    static final class Options {
        @Option(names = "--annotations", required = true, paramLabel = "FILE.jsonl",
                description = "letter records with text and annotations (export --format jsonl, gold export)")
        Path file;

        @Option(names = "--as-suggestions", description = "with --annotations: store them as suggestions to review")
        boolean asSuggestions;

        @Option(names = "--verified", description = "with --annotations: records without a review are VERIFIED")
        boolean verified;

        @Option(names = "--annotator", paramLabel = "NAME",
                description = "with --annotations: who records without a review are attributed to (default: OS user)")
        String annotator;
    }

    private final Options options;
    private final DbOption db;
    private final picocli.CommandLine.Model.CommandSpec spec;

    AnnotationsImport(Options options, DbOption db, picocli.CommandLine.Model.CommandSpec spec) {
        this.options = options;
        this.db = db;
        this.spec = spec;
    }

    Integer call(List<Path> inputs) {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs != null && !inputs.isEmpty()) {
            err.println("error: give either letters or --annotations FILE.jsonl, not both");
            return 2;
        }
        try (Database database = db.open()) {
            LetterProgress progress = new LetterProgress(err, "import", Long.MAX_VALUE, 10);
            AnnotationImport.Summary s = new AnnotationImport(database, Annotator.orDefault(options.annotator),
                    options.asSuggestions, options.verified).run(options.file, progress);
            progress.finish();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "database: %s%n", database.file());
            out.printf(Locale.ROOT, "imported: %d%n", s.imported());
            out.printf(Locale.ROOT, "duplicates skipped: %d%n", s.duplicates());
            out.flush();
            return 0;
        } catch (ExportException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
