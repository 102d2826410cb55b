package org.imrworkstation.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.imrworkstation.review.Exporter;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;

/**
 * The window's File > Export CSV: the corrected items.csv, spans.csv and letters.csv of every
 * letter (as `export --format csv`), into the folder the clerk names. Registered for the window
 * through META-INF/services, so that the window does not depend on this package.
 */
public final class WindowCsvExport implements Exporter {

    @Override
    public String suggestedName() {
        return "imr-export";
    }

    @Override
    public void export(Database db, Path out, DoubleConsumer progress) throws IOException {
        if (Files.isRegularFile(out)) {
            throw new IOException(out + " is a file: the export writes three CSV files into a folder; choose a new name");
        }
        long total = Math.max(1, new LetterStore(db).status().letters());
        new CsvExport(db, new CsvExport.Options(false, false)).write(out, ExportFilter.ALL,
                done -> progress.accept(Math.min(1.0, done / (double) total)));
    }
}
