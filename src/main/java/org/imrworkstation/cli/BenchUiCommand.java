package org.imrworkstation.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * bench-ui: opens the review window on a database and measures it (needs a display: run it under
 * xvfb-run on a server). The window code is reached only from call(), so that this class's own
 * signatures name no JavaFX type and the rest of the command line never loads JavaFX.
 */
@Command(name = "bench-ui", mixinStandardHelpOptions = true,
        description = {"Opens the review window on a database and reports: JVM start to the first letter and to the",
                "corpus shown, heap used, time and CPU to open a letter (median, p95),",
                "layout passes while the window sits idle, key press to saved for an accept,",
                "and corpus table filter and scroll times.",
                "Needs a display (xvfb-run -a java -jar ... bench-ui). Accepts are undone afterwards."})
public final class BenchUiCommand implements Callable<Integer> {

    @Option(names = "--db", description = "database (default: $IMR_DB, else the per-user data folder)")
    String db;

    @Option(names = "--letters", description = "distinct letters to open, in id order (default: ${DEFAULT-VALUE})")
    int letters = 15;

    @Option(names = "--opens", description = "timed opens, cycling over those letters after one warm-up pass "
            + "(default: ${DEFAULT-VALUE})")
    int opens = 60;

    @Option(names = "--pause", description = "milliseconds between one letter drawn and the next asked for, as a "
            + "clerk reads; 0 opens them back to back, each waiting on the last one's drawing (default: ${DEFAULT-VALUE})")
    int pause = 300;

    @Option(names = "--accepts", description = "accept key presses to time (default: ${DEFAULT-VALUE})")
    int accepts = 100;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var lines = BenchUi.run(db, letters, opens, pause, accepts);
        lines.forEach(spec.commandLine().getOut()::println);
        return lines.stream().anyMatch(l -> l.startsWith("bench-ui failed")) ? 1 : 0;
    }
}
