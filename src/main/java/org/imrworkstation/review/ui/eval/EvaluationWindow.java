package org.imrworkstation.review.ui.eval;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrworkstation.store.Database;

/**
 * The evaluation view in a window of its own beside the review window (not modal: a clerk looks
 * at an error in the letter and comes back to the list). One per review window.
 */
public final class EvaluationWindow {

    private final Stage stage = new Stage();
    private final EvaluationView view;

    public EvaluationWindow(Window owner, Database db, Executor background, LetterOpener opener) {
        stage.initOwner(owner);
        stage.setTitle("Evaluate extractor — IMR Workstation");
        view = new EvaluationView(db, background, opener, () -> chooseJsonl(stage));
        Scene scene = new Scene(view, 1280, 820);
        scene.getStylesheets().add(EvaluationWindow.class.getResource("evaluation.css").toExternalForm());
        stage.setScene(scene);
        // the review window replaces its scene when it opens another database: this one's is closed then
        owner.sceneProperty().addListener((o, was, now) -> stage.close());
    }

    /** Shows the window (again) and reads the gold sets, which may have been frozen since. */
    public void show() {
        stage.show();
        stage.toFront();
        view.load();
    }

    public Stage stage() {
        return stage;
    }

    public EvaluationView view() {
        return view;
    }

    private static Optional<Path> chooseJsonl(Window owner) {
        FileChooser c = new FileChooser();
        c.setTitle("Letter records to score (JSONL)");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Letter records (*.jsonl)", "*.jsonl"));
        return Optional.ofNullable(c.showOpenDialog(owner)).map(java.io.File::toPath);
    }
}
