package org.imrworkstation.cli;

import java.util.concurrent.Callable;
import org.imrworkstation.export.agreement.Adjudicator;
import org.imrworkstation.store.Annotator;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * adjudicate --letter ID --take NAME: the whole-letter case of the Adjudicator service (the window
 * picks per span, item and field).
 */
@Command(name = "adjudicate", mixinStandardHelpOptions = true,
        description = {"Adjudicate a double-annotated letter: take one annotator's version.",
                "",
                "Takes one annotator's version of a double-annotated letter into the main set (every step",
                "logged and undoable) and verifies it as the lead. Per span, item or field choices are the",
                "review window's (Adjudicator service)."})
public final class AdjudicateCommand implements Callable<Integer> {

    @Option(names = "--letter", required = true, paramLabel = "ID", description = "the letter's id")
    long letter;

    @Option(names = "--take", required = true, paramLabel = "NAME", description = "whose version to take")
    String take;

    @Option(names = "--lead", paramLabel = "NAME", description = "who adjudicates (default: the OS user)")
    String lead;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            Adjudicator adj = new Adjudicator(database, Annotator.orDefault(lead));
            adj.takeAll(letter, take);
            adj.finish(letter, "adjudicated: " + take + "'s version");
            spec.commandLine().getOut().println("letter " + letter + ": " + take + "'s version taken and verified");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
