package org.imrworkstation.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.imrworkstation.store.DbLocation;

/**
 * The app's log file: {@code logs/imr-workstation-0.log} in the per-user data folder, rotated at
 * 5 MB over 5 files. Users see one-line errors; the file keeps the stack traces that support needs.
 * Only the app's own logger writes there (PDFBox and Flyway stay quiet), and never to the console.
 */
public final class AppLog {

    static final int LIMIT_BYTES = 5 * 1024 * 1024;
    static final int FILES = 5;
    private static final Logger APP = Logger.getLogger("org.imrworkstation");
    private static Path file;

    private AppLog() {
    }

    /** Starts logging to the file; a folder that cannot be written leaves the app without a log, not broken. */
    public static synchronized Path install(Path dataFolder) {
        if (file != null) {
            return file;
        }
        try {
            Path dir = Files.createDirectories(dataFolder.resolve("logs"));
            FileHandler h = new FileHandler(dir.resolve("imr-workstation-%g.log").toString(), LIMIT_BYTES, FILES, true);
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            h.setFormatter(new SimpleFormatter());
            h.setEncoding("UTF-8");
            APP.addHandler(h);
            APP.setUseParentHandlers(false);
            APP.setLevel(Level.INFO);
            file = dir.resolve("imr-workstation-0.log");
            Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                    APP.log(Level.SEVERE, "unexpected error in thread " + t.getName(), e));
        } catch (IOException | SecurityException e) {
            file = null;
        }
        return file;
    }

    public static Path install() {
        return install(DbLocation.dataFolder());
    }

    /** The current log file, or null when none could be opened. */
    public static synchronized Path file() {
        return file;
    }
}
