package org.imrworkstation.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.imrworkstation.review.Exporter;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;

/**
 * The window's File > Export: every letter's corrected annotations as `export` writes them (CSV:
 * items.csv, spans.csv and letters.csv into a folder; JSON Lines: one file; brat: a folder of
 * .txt/.ann pairs). Registered for the window through META-INF/services, so that the window does
 * not depend on this package.
 */
public final class WindowExport implements Exporter {

    @Override
    public String export(Database db, Format format, Path out, DoubleConsumer progress) throws IOException {
        if (format.writesFolder() && Files.isRegularFile(out)) {
            throw new IOException(out + " is a file: this export writes several files into a folder; choose a new name");
        }
        if (!format.writesFolder() && Files.isDirectory(out)) {
            throw new IOException(out + " is a folder: this export writes one file; choose a file name");
        }
        long total = Math.max(1, new LetterStore(db).status().letters());
        ExportProgress p = done -> progress.accept(Math.min(1.0, done / (double) total));
        ExportSummary s = switch (format) {
            case CSV -> new CsvExport(db, new CsvExport.Options(false, false)).write(out, ExportFilter.ALL, p);
            case JSONL -> new JsonlExport(db).write(out, ExportFilter.ALL, p);
            case BRAT -> new BratExport(db).write(out, ExportFilter.ALL, p);
        };
        progress.accept(1.0);
        return s.letters() + " letter" + (s.letters() == 1 ? "" : "s") + ", " + s.items() + " items and "
                + s.spans() + " spans written to " + out
                + (s.unjudgedLeftOut() > 0 ? " (" + s.unjudgedLeftOut() + " unjudged suggestions left out)" : "");
    }
}
