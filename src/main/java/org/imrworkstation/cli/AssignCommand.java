package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrworkstation.store.Assignments;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** assign --share 0.10 --a ana --b bob: blind double annotation of a share of the unreviewed letters. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Assign a share of letters to two annotators for blind double annotation.",
                "",
                "Gives a share of the unreviewed, unassigned letters to two annotators for blind double",
                "annotation: each gets a private copy of the suggestions; neither sees the other's work, and the",
                "main set stays as it is until the letters are adjudicated. The choice is random but the same for",
                "the same --seed and corpus."})
public final class AssignCommand implements Callable<Integer> {

    @Option(names = "--share", required = true, paramLabel = "X", description = "share of the candidates, 0.10 = 10%")
    double share;

    @Option(names = "--a", required = true, paramLabel = "NAME", description = "first annotator")
    String a;

    @Option(names = "--b", required = true, paramLabel = "NAME", description = "second annotator")
    String b;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--batch", paramLabel = "NAME", description = "a name for this assignment (default: a-b-date)")
    String batch;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String name = batch != null ? batch : a + "-" + b + "-" + java.time.LocalDate.now();
        try (Database database = db.open()) {
            List<Long> ids = new Assignments(database).assign(share, a, b, name, seed);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "assigned %d letters to %s and %s (batch %s)%n", ids.size(), a, b, name);
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
