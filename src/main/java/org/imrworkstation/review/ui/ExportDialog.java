package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.imrworkstation.review.Exporter;
import org.imrworkstation.review.Messages;

/**
 * A small window with a progress bar and Cancel while an export runs (minutes at 100,000 letters);
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
        Stage stage = new Stage();
        stage.initOwner(w.stage());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(format.menuText().replace("…", ""));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(380);
        bar.progressProperty().bind(task.progressProperty());
        Label what = new Label();
        what.textProperty().bind(task.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> task.cancel(false));
        VBox box = new VBox(10, what, bar, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new javafx.scene.Scene(box));
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
        stage.show();
        background.execute(task);
    }
}
