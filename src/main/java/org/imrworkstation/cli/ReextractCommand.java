package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.Reextractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** reextract: the current extractor over the stored letters, keeping every judgement a person made. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Run the current extractor (" + Extractor.VERSION + ") over the stored letters.",
                "",
                "Spans, items and fields a person judged (accepted, rejected, edited, added) are",
                "kept; untouched suggestions are replaced. Prints what was added, removed and kept."})
public final class ReextractCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database database = db.open()) {
            long started = System.nanoTime();
            long[] lastShown = {started};
            Reextractor.Counts c = new Reextractor(database, new Extractor()).run(done -> {
                if (System.nanoTime() - lastShown[0] > 10_000_000_000L) {
                    lastShown[0] = System.nanoTime();
                    err.println(done + " letters re-extracted");
                    err.flush();
                }
            });
            out.println("letters: " + c.letters());
            out.println("added: " + c.added());
            out.println("removed: " + c.removed());
            out.println("kept: " + c.kept());
            out.flush();
        }
        return 0;
    }
}
