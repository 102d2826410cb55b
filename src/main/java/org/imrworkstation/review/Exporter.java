package org.imrworkstation.review;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.imrworkstation.store.Database;

/**
 * Export of the corrected annotations, built elsewhere: the window's File > Export items are
 * enabled when an implementation is registered in META-INF/services/org.imrworkstation.review.Exporter
 * and run it off the UI thread with the file or folder the clerk chose.
 */
public interface Exporter {

    /** What the window offers: its menu text, the name suggested in the save dialog, and whether it writes a folder. */
    enum Format {
        CSV("Export CSV…", "imr-export", true),
        JSONL("Export JSON Lines…", "imr-export.jsonl", false),
        BRAT("Export brat standoff…", "imr-brat", true);

        private final String menuText;
        private final String suggestedName;
        private final boolean folder;

        Format(String menuText, String suggestedName, boolean folder) {
            this.menuText = menuText;
            this.suggestedName = suggestedName;
            this.folder = folder;
        }

        public String menuText() {
            return menuText;
        }

        public String suggestedName() {
            return suggestedName;
        }

        public boolean writesFolder() {
            return folder;
        }
    }

    /**
     * Writes the export; progress 0..1 goes to {@code progress}, which may throw
     * {@link java.util.concurrent.CancellationException} to stop it; returns what was written, in
     * words for the clerk. A failure's message is shown to the clerk.
     */
    String export(Database db, Format format, Path out, DoubleConsumer progress) throws Exception;
}
