package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.review.Messages;
import org.imrworkstation.store.Database;

/** A small window with a progress bar and Cancel while letters are imported; the result in words after. */
final class ImportDialog {

    private ImportDialog() {
    }

    static void run(Window owner, Database db, List<Path> paths, Executor background, Consumer<FileImport.Result> done) {
        ImportTask task = new ImportTask(db, paths);
        Stage stage = ProgressWindow.show(owner, "Importing letters", task, "import-cancel");
        task.setOnSucceeded(e -> finish(stage, owner, task.getValue(), done));
        task.setOnCancelled(e -> {
            stage.close();
            info(owner, "Import stopped", "The letters imported so far are kept.");
            done.accept(null);
        });
        task.setOnFailed(e -> {
            stage.close();
            error(owner, "The import stopped: " + Messages.of(task.getException()));
            done.accept(null);
        });
        background.execute(task);
    }

    private static void finish(Stage stage, Window owner, FileImport.Result r, Consumer<FileImport.Result> done) {
        stage.close();
        info(owner, "Import finished", ImportTask.summary(r));
        done.accept(r);
    }

    static void info(Window owner, String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(owner);
        a.setHeaderText(title);
        a.show();
    }

    static void error(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.initOwner(owner);
        a.setHeaderText("Something went wrong");
        a.show();
    }
}
