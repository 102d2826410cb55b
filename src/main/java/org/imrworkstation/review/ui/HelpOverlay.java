package org.imrworkstation.review.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.imrworkstation.review.AdjudicationKey;
import org.imrworkstation.review.KeyAction;

/**
 * Every shortcut, over the window (F1 or ?; any key or click closes it). Built from {@link KeyAction}
 * and, beside it, {@link AdjudicationKey}: the adjudication view shows the same card.
 */
public final class HelpOverlay extends StackPane {

    public HelpOverlay() {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        for (KeyAction a : KeyAction.values()) {
            row(grid, row++, a.keys, a.description, 520);
        }
        GridPane adjudication = new GridPane();
        adjudication.setHgap(18);
        adjudication.setVgap(4);
        row = 0;
        for (AdjudicationKey a : AdjudicationKey.values()) {
            row(adjudication, row++, a.keys, a.description, 300);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("help-title");
        Label adjTitle = new Label("Adjudication (Gold > Adjudicate…)");
        adjTitle.getStyleClass().add("help-section");
        Label foot = new Label("Every change is saved at once. Undo works across the text and the form.");
        HBox columns = new HBox(28, grid, new VBox(8, adjTitle, adjudication));
        VBox card = new VBox(10, title, columns, foot);
        card.getStyleClass().add("help-card");
        card.setAlignment(Pos.TOP_LEFT);
        getChildren().add(card);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }

    private static void row(GridPane grid, int row, String keys, String description, double width) {
        Label k = new Label(keys);
        k.getStyleClass().add("help-keys");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label what = new Label(description);
        what.setWrapText(true);
        what.setMaxWidth(width);
        grid.add(k, 0, row);
        grid.add(what, 1, row);
    }

    public void toggle() {
        setVisible(!isVisible());
    }
}
