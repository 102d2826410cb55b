package org.imrworkstation.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.FlagStore;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.QueueEntry;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoredFlag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** queue: the review queue riskiest first, with each letter's standing flags. */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"List the review queue, riskiest letters first, with their flags.",
                "",
                "Risk adds the checks' flags (error 100, warning 30, info 5), uncertain suggestions",
                "and drugs outside the common IMR formulary. One line per letter:",
                "RISK FLAGS STATUS FILE, then its standing flags indented."})
public final class QueueCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "only letters with this review status (default: UNREVIEWED; ALL for every letter)")
    String status = "UNREVIEWED";

    @Option(names = "--limit", paramLabel = "N", description = "letters to list (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LetterQuery q = LetterQuery.ALL;
        if (!status.equalsIgnoreCase("ALL")) {
            try {
                q = q.withStatus(ReviewStatus.valueOf(status.toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: --status " + status
                        + ": expected ALL, UNREVIEWED, IN_PROGRESS, VERIFIED or FLAGGED");
                return 2;
            }
        }
        try (Database database = db.open()) {
            FlagStore flags = new FlagStore(database);
            List<QueueEntry> page = flags.byRisk(q, null, Math.max(1, limit));
            for (QueueEntry e : page) {
                out.printf(Locale.ROOT, "%5d %3d %-11s %s%n", e.risk(), e.flags(), e.letter().status(),
                        e.letter().fileName());
                for (StoredFlag f : flags.flags(e.letter().id())) {
                    if (!f.dismissed()) {
                        out.println("            " + f.severity() + " " + f.kind() + ": " + f.message());
                    }
                }
            }
        }
        out.flush();
        return 0;
    }
}
