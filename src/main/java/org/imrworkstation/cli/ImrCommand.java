package org.imrworkstation.cli;

import java.io.PrintWriter;
import org.imrworkstation.app.AppVersion;
import org.imrworkstation.extract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: lists the subcommands; every subcommand has --help. */
@Command(name = "imr-workstation",
        mixinStandardHelpOptions = true,
        versionProvider = ImrCommand.Version.class,
        description = "Review workstation for California workers' compensation IMR final determination letters.",
        subcommands = {
            // letters in, records out
            ExtractCommand.class, CheckCommand.class, EvalCommand.class,
            // the database
            ImportCommand.class, StatusCommand.class, QueueCommand.class, ReextractCommand.class, BackupCommand.class,
            // corrected data out, gold sets, double annotation
            ExportCommand.class, GoldCommand.class, AssignCommand.class, AgreementCommand.class, AdjudicateCommand.class,
            // how the reviewers and the extractor are doing
            StatsCommand.class,
            // speed
            BenchCommand.class, BenchStoreCommand.class, BenchExportCommand.class, BenchUiCommand.class,
            CommandLine.HelpCommand.class})
public final class ImrCommand implements Runnable {

    /** The app's log (a file in the data folder, see app.AppLog): the whole trace the user is spared. */
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("org.imrworkstation");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; never lets an exception reach the user. */
    public static int run(String[] args) {
        // UTF-8 whatever the platform's default: records and letter text are UTF-8 JSON Lines
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), java.nio.charset.StandardCharsets.UTF_8),
                1 << 16));
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.err), java.nio.charset.StandardCharsets.UTF_8), true);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ImrCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug");
            LOG.log(java.util.logging.Level.SEVERE, "command failed: " + String.join(" ", args), ex);
            commandLine.getErr().println("error: " + oneLine(ex));
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 3;
        });
        return cl.execute(args);
    }

    static String oneLine(Throwable t) {
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = t.getClass().getSimpleName();
        }
        return msg.replaceAll("\\s+", " ").strip();
    }

    /** --version: the build's version and the extractor's. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"IMR Workstation " + AppVersion.get() + " (extractor " + Extractor.VERSION + ")"};
        }
    }
}
