package org.imrworkstation.app;

import org.imrworkstation.cli.ImrCommand;
import org.imrworkstation.letter.PdfLogging;

/**
 * The jar's entry point. It does not extend javafx.application.Application so that the shaded
 * jar starts on a plain JDK; the command line decides what runs: no subcommand opens the review
 * window (see {@link WindowOptions}), anything else is the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PdfLogging.quiet(); // before anything touches PDFBox, or its font warnings reach stderr
        AppLog.install();
        // no subcommand: the review window (JavaFX is loaded only on this path)
        var window = WindowOptions.parse(args);
        if (window.isPresent()) {
            System.exit(WindowLauncher.launch(window.get()));
        }
        System.exit(ImrCommand.run(args));
    }
}
