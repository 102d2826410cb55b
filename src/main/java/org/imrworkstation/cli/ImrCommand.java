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
        subcommands = {ExtractCommand.class, ImportCommand.class, StatusCommand.class, ReextractCommand.class,
                BackupCommand.class, BenchStoreCommand.class, BenchUiCommand.class, EvalCommand.class, BenchCommand.class, CheckCommand.class, CommandLine.HelpCommand.class})
public final class ImrCommand implements Runnable {

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
