package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.imrworkstation.export.agreement.Agreement;
import org.imrworkstation.export.agreement.AgreementReport;
import org.imrworkstation.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** agreement --a ana --b bob: inter-annotator agreement over the letters both annotated. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Agreement between two annotators: F1 per span type, Cohen's kappa.",
                "",
                "Agreement of two annotators over the letters assigned to both and VERIFIED by both:",
                "per span type strict and lenient F1 (scored as eval scores, A as gold), Cohen's kappa for item",
                "decisions and each letter field, and the disagreements."})
public final class AgreementCommand implements Callable<Integer> {

    @Option(names = "--a", required = true, paramLabel = "NAME", description = "first annotator (scored as gold)")
    String a;

    @Option(names = "--b", required = true, paramLabel = "NAME", description = "second annotator")
    String b;

    @Option(names = "--all", description = "include letters not yet verified by both")
    boolean all;

    @Option(names = "--max-disagreements", defaultValue = "60", paramLabel = "N",
            description = "disagreements listed (default: ${DEFAULT-VALUE})")
    int max;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = db.open()) {
            AgreementReport r = new Agreement(database).compute(a, b, all);
            PrintWriter out = spec.commandLine().getOut();
            if (r.letters() == 0) {
                spec.commandLine().getErr().println("error: no letters " + (all ? "assigned" : "verified") + " by both "
                        + a + " and " + b + (all ? "" : " (--all includes unfinished ones)"));
                return 2;
            }
            r.print(out, max);
            out.flush();
            return 0;
        }
    }
}
