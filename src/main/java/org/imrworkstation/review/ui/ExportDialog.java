package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.imrworkstation.review.Exporter;
import org.imrworkstation.review.Messages;

/**
 * A progress window with Cancel while an export runs (minutes at 100,000 letters);
 * the result in words after. The clerk's pending writes are saved first, so the export has them.
 */
final class ExportDialog {

    private ExportDialog() {
    }

    static void run(MainWindow w, WindowContext ctx, Exporter exporter, Exporter.Format format, Path out, Executor background) {
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage("saving your last changes…");
                if (!w.flush(30_000)) {
                    throw new IllegalStateException("your last changes are not saved yet; export again once they are");
                }
                updateMessage("exporting to " + out + "…");
                return exporter.export(ctx.db(), format, out, p -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(p, 1.0);
                });
            }
        };
        Stage stage = ProgressWindow.show(w.stage(), format.menuText().replace("…", ""), task, "export-cancel");
        task.setOnSucceeded(e -> {
            stage.close();
            w.status().message("exported to " + out);
            ImportDialog.info(w.stage(), "Export finished", task.getValue());
        });
        task.setOnCancelled(e -> {
            stage.close();
            ImportDialog.info(w.stage(), "Export stopped", "The export was stopped: what is in " + out
                    + " is incomplete. Export again to have it all.");
        });
        task.setOnFailed(e -> {
            stage.close();
            w.error("export failed: " + Messages.of(task.getException()));
        });
        background.execute(task);
    }
}
