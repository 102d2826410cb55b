package org.imrworkstation.letter;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences PDFBox and FontBox. They log through commons-logging, which falls back to
 * java.util.logging when no other backend is on the class path, and they warn about fonts for
 * nearly every real letter ("Using fallback font ...", font cache messages). The app's stderr
 * must carry only its own lines.
 */
public final class PdfLogging {

    // java.util.logging keeps loggers only weakly: hold them, or the level is lost on the next GC.
    private static final List<Logger> SILENCED = List.of(
            Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        for (Logger logger : SILENCED) {
            logger.setLevel(Level.OFF);
        }
    }

    private PdfLogging() {
    }

    /** Turns PDFBox/FontBox logging off (idempotent; the work is done once, on class load). */
    public static void quiet() {
        for (Logger logger : SILENCED) {
            if (logger.getLevel() != Level.OFF) {
                logger.setLevel(Level.OFF); // someone reset java.util.logging since
            }
        }
    }
}
