package org.imrworkstation.review.ui.stats;

import java.time.ZoneId;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrworkstation.store.Database;

/** Gold > Reviewer statistics…: the statistics view in a window of its own, beside the review window. */
public final class ReviewerStatsWindow {

    private ReviewerStatsWindow() {
    }

    /** Opens the window and starts computing its figures (days in this computer's time zone). */
    public static Stage open(Window owner, Database db, Executor background) {
        ReviewerStatsView view = new ReviewerStatsView(db, background, ZoneId.systemDefault());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Reviewer statistics");
        stage.setScene(new Scene(view, 1240, 820));
        stage.show();
        view.refresh();
        return stage;
    }
}
