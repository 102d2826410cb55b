package org.imrworkstation.review.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.imrworkstation.review.KeyAction;

/** Every shortcut, over the window (F1 or ?; any key or click closes it). Built from {@link KeyAction}. */
public final class HelpOverlay extends StackPane {

    public HelpOverlay() {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        for (KeyAction a : KeyAction.values()) {
            Label keys = new Label(a.keys);
            keys.getStyleClass().add("help-keys");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(a.description);
            what.setWrapText(true);
            what.setMaxWidth(560);
            grid.add(keys, 0, row);
            grid.add(what, 1, row++);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("help-title");
        Label foot = new Label("Every change is saved at once. Undo works across the text and the form.");
        VBox card = new VBox(10, title, grid, foot);
        card.getStyleClass().add("help-card");
        card.setAlignment(Pos.TOP_LEFT);
        getChildren().add(card);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }

    public void toggle() {
        setVisible(!isVisible());
    }
}
