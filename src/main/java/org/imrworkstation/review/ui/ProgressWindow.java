package org.imrworkstation.review.ui;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The small modal window of a long background task: its message, a progress bar and Cancel. */
final class ProgressWindow {

    private ProgressWindow() {
    }

    /** Shown at once; the caller closes it when the task ends. */
    static Stage show(Window owner, String title, Task<?> task, String cancelId) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(380);
        bar.progressProperty().bind(task.progressProperty());
        Label what = new Label();
        what.textProperty().bind(task.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId(cancelId);
        cancel.setOnAction(e -> task.cancel(false));
        VBox box = new VBox(10, what, bar, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        stage.show();
        return stage;
    }
}
