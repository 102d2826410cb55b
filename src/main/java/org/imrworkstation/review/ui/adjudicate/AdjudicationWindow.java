package org.imrworkstation.review.ui.adjudicate;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrworkstation.review.ui.HelpOverlay;
import org.imrworkstation.review.ui.MainWindow;
import org.imrworkstation.review.ui.WindowContext;

/** Gold > Adjudicate…: the adjudication view in a window of its own beside the review window. */
public final class AdjudicationWindow {

    private final Stage stage = new Stage();
    private final AdjudicationView view;

    /** @param closed runs on the FX thread after the window closes (the review window refreshes its list) */
    public AdjudicationWindow(Window owner, WindowContext ctx, Runnable closed) {
        stage.initOwner(owner);
        view = new AdjudicationView(ctx.db(), ctx.annotator(), ctx.storeThread(), ctx.background(), () -> stage);
        HelpOverlay help = new HelpOverlay();
        Scene scene = new Scene(new StackPane(view, help), 1400, 860);
        scene.getStylesheets().add(MainWindow.class.getResource("review.css").toExternalForm());
        AdjudicationKeys keys = new AdjudicationKeys(view, help);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.handle(e, scene.getFocusOwner()));
        stage.setScene(scene);
        stage.setTitle("Adjudication — " + ctx.annotator() + " — IMR Workstation");
        stage.setOnHidden(e -> {
            view.close();
            closed.run();
        });
    }

    public void show() {
        stage.show();
        view.start();
    }

    public Stage stage() {
        return stage;
    }

    AdjudicationView view() {
        return view;
    }
}
