package org.imrworkstation.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrworkstation.export.ExportException;
import org.imrworkstation.export.ExportFilter;
import org.imrworkstation.export.LetterStream;
import org.imrworkstation.export.gold.GoldSetInfo;
import org.imrworkstation.export.gold.GoldSets;
import org.imrworkstation.store.Annotator;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ReviewStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** gold freeze | list | export: named, immutable snapshots of the verified letters. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = {"Freeze, list and export gold sets (immutable snapshots of VERIFIED letters)."},
        subcommands = {GoldCommand.Freeze.class, GoldCommand.ListSets.class, GoldCommand.Export.class})
public final class GoldCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "freeze", mixinStandardHelpOptions = true,
            description = {"Freezes every VERIFIED letter (text, corrected annotations, who verified it) under a new",
                    "name. Later corrections never change a frozen set; a name can be used once."})
    static final class Freeze implements Callable<Integer> {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the set's name, e.g. v1")
        String name;

        @Option(names = "--annotator", paramLabel = "NAME", description = "who freezes it (default: the OS user)")
        String annotator;

        @Mixin
        DbOption db;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (Database database = db.open()) {
                long total = new LetterStream(database, ExportFilter.ALL.withStatus(ReviewStatus.VERIFIED), false)
                        .count();
                LetterProgress progress = new LetterProgress(err, "freeze", total, 10);
                GoldSetInfo g = new GoldSets(database).freeze(name, Annotator.orDefault(annotator), progress);
                progress.finish();
                spec.commandLine().getOut().printf(Locale.ROOT, "gold set %s: %d letters, sha256 %s%n", g.name(),
                        g.letters(), g.contentHash());
                return 0;
            } catch (ExportException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the gold sets: name, created, letters, hash.")
    static final class ListSets implements Callable<Integer> {
        @Mixin
        DbOption db;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = db.open()) {
                out.printf(Locale.ROOT, "%-20s %-25s %-12s %7s  %s%n", "name", "created", "by", "letters", "sha256");
                for (GoldSetInfo g : new GoldSets(database).list()) {
                    out.printf(Locale.ROOT, "%-20s %-25s %-12s %7d  %s%n", g.name(),
                            g.createdAt().withNano(0).toString(), g.createdBy(), g.letters(), g.contentHash());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes a gold set as JSON Lines (letter records with text), to --out or stdout. The",
                    "bytes are those of the set's sha256 (checked before writing)."})
    static final class Export implements Callable<Integer> {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the set")
        String name;

        @Option(names = "--out", paramLabel = "FILE.jsonl", description = "file to write (default: stdout)")
        Path out;

        @Mixin
        DbOption db;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (Database database = db.open()) {
                GoldSets sets = new GoldSets(database);
                sets.require(name);
                if (out == null) {
                    PrintWriter o = spec.commandLine().getOut();
                    sets.export(name, o);
                    o.flush();
                } else {
                    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                        sets.export(name, w);
                    }
                }
                return 0;
            } catch (ExportException e) {
                err.println("error: " + e.getMessage());
                return 2;
            } catch (IOException e) {
                err.println("error: cannot write " + out + ": " + IoMessages.of(e));
                return 2;
            } catch (UncheckedIOException e) {
                err.println("error: cannot write " + out + ": " + IoMessages.of(e.getCause()));
                return 2;
            }
        }
    }
}
