package org.imrworkstation.review;

import java.nio.file.Path;
import org.imrworkstation.store.Database;

/**
 * Export of the corrected annotations (CSV), built elsewhere: the window's "Export CSV..." item
 * is enabled when an implementation is registered in META-INF/services/org.imrworkstation.review.Exporter
 * and runs it off the UI thread with the file the clerk chose.
 */
public interface Exporter {

    /** The file name suggested in the save dialog. */
    default String suggestedName() {
        return "imr-export.csv";
    }

    /** Writes the export; progress 0..1 goes to {@code progress}; a failure's message is shown to the clerk. */
    void export(Database db, Path out, java.util.function.DoubleConsumer progress) throws Exception;
}
