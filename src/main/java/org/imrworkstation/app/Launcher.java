package org.imrworkstation.app;

import org.imrworkstation.cli.ImrCommand;
import org.imrworkstation.letter.PdfLogging;

/**
 * The jar's entry point. It does not extend javafx.application.Application so that the shaded
 * jar starts on a plain JDK; the command line decides what runs.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PdfLogging.quiet(); // before anything touches PDFBox, or its font warnings reach stderr
        AppLog.install();
        System.exit(ImrCommand.run(args));
    }
}
