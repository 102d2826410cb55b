package org.imrworkstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrworkstation.export.BratExport;
import org.imrworkstation.export.CsvExport;
import org.imrworkstation.export.ExportException;
import org.imrworkstation.export.ExportFilter;
import org.imrworkstation.export.ExportSummary;
import org.imrworkstation.export.JsonlExport;
import org.imrworkstation.export.LetterStream;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ReviewStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** export --format csv|jsonl|brat --out PATH: the corrected annotations, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export corrected data: CSV, JSON Lines or brat standoff.",
                "",
                "The reviewers' annotations: rejected ones left out, edited ones with their edits.",
                "A suggestion still standing counts as accepted on a VERIFIED letter; on other letters it is",
                "unjudged and exported only with --include-suggestions.",
                "  csv:   --out DIR gets items.csv, spans.csv, letters.csv (RFC 4180, UTF-8)",
                "  jsonl: --out FILE gets one letter record a line, text included (import --annotations reads it)",
                "  brat:  --out DIR gets NAME.txt + NAME.ann per letter and annotation.conf"})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "csv|jsonl|brat", description = "what to write")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "folder (csv, brat) or file (jsonl)")
    Path out;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "only letters in this review status (UNREVIEWED, IN_PROGRESS, VERIFIED, FLAGGED)")
    String status;

    @Option(names = "--annotator", paramLabel = "NAME", description = "only letters last reviewed by NAME")
    String annotator;

    @Option(names = "--include-suggestions", description = "add unjudged suggestions (csv: column unjudged = true)")
    boolean includeSuggestions;

    @Option(names = "--excel", description = "csv: start each file with a byte-order mark so that Excel reads UTF-8")
    boolean excel;

    @Option(names = "--raw", description = "csv: no apostrophe before cells starting with = + - @ (formula guard off)")
    boolean raw;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "10",
            description = "progress line interval when stderr is not a terminal (default: ${DEFAULT-VALUE})")
    double progressEvery;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("csv") && !fmt.equals("jsonl") && !fmt.equals("brat")) {
            err.println("error: unknown format " + format + " (csv, jsonl or brat)");
            return 2;
        }
        try {
            checkOut(fmt);
        } catch (ExportException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        ReviewStatus st = null;
        if (status != null) {
            try {
                st = ReviewStatus.valueOf(status.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                err.println("error: unknown review status " + status + " (UNREVIEWED, IN_PROGRESS, VERIFIED, FLAGGED)");
                return 2;
            }
        }
        ExportFilter filter = new ExportFilter(st, annotator, includeSuggestions);
        try (Database database = db.open()) {
            LetterProgress progress = new LetterProgress(err, "export",
                    new LetterStream(database, filter, false).count(), progressEvery);
            ExportSummary s;
            try {
                s = switch (fmt) {
                    case "csv" -> new CsvExport(database, new CsvExport.Options(excel, raw)).write(out, filter, progress);
                    case "jsonl" -> new JsonlExport(database).write(out, filter, progress);
                    default -> new BratExport(database).write(out, filter, progress);
                };
            } finally {
                progress.finish();
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "exported %d letters, %d items, %d spans to %s in %.1f s%n", s.letters(), s.items(),
                    s.spans(), out, s.seconds());
            if (s.unjudgedLeftOut() > 0) {
                o.printf(Locale.ROOT, "left out %d unjudged suggestions of letters not verified"
                        + " (--include-suggestions adds them)%n", s.unjudgedLeftOut());
            }
            o.flush();
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write " + out + ": " + IoMessages.of(e));
            return 2;
        } catch (UncheckedIOException e) {
            err.println("error: cannot write " + out + ": " + IoMessages.of(e.getCause()));
            return 2;
        }
    }

    /** A folder for csv and brat, a file for jsonl; the parent must be writable. */
    private void checkOut(String fmt) {
        boolean wantsDir = !fmt.equals("jsonl");
        if (wantsDir && Files.exists(out) && !Files.isDirectory(out)) {
            throw new ExportException("--out " + out + " is a file; " + fmt + " writes a folder");
        }
        if (!wantsDir && Files.isDirectory(out)) {
            throw new ExportException("--out " + out + " is a folder; jsonl writes a file");
        }
        try {
            Path dir = wantsDir ? out : out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new ExportException("cannot write " + out + ": permission denied");
            }
        } catch (IOException e) {
            throw new ExportException("cannot write " + out + ": " + IoMessages.of(e));
        }
    }
}
