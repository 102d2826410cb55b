package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.store.Database;

/** An import in the background: progress for the dialog's bar, and Cancel stops between letters. */
public final class ImportTask extends Task<FileImport.Result> {

    private final Database db;
    private final List<Path> paths;

    public ImportTask(Database db, List<Path> paths) {
        this.db = db;
        this.paths = List.copyOf(paths);
    }

    @Override
    protected FileImport.Result call() throws Exception {
        updateMessage("finding letters…");
        return FileImport.run(db, paths, (done, total, file) -> {
            updateProgress(done, total);
            updateMessage(done + " of " + total + (file.isEmpty() ? "" : ": " + file));
        }, this::isCancelled);
    }

    /** The result in a clerk's words. */
    public static String summary(FileImport.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(r.imported()).append(" letter").append(r.imported() == 1 ? "" : "s").append(" imported");
        if (r.duplicates() > 0) {
            b.append(", ").append(r.duplicates()).append(" already in the database");
        }
        if (r.failed() > 0) {
            b.append(", ").append(r.failed()).append(" could not be read:");
            r.failures().stream().limit(10).forEach(f -> b.append("\n  ").append(f));
            if (r.failures().size() > 10) {
                b.append("\n  …");
            }
        }
        if (r.cancelled()) {
            b.append(" (stopped: the letters imported so far are kept)");
        }
        return b.toString();
    }
}
