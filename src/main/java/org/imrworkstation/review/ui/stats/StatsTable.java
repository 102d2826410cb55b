package org.imrworkstation.review.ui.stats;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A read-only table of text cells: the statistics are a few dozen rows of figures already
 * formatted, so one generic table serves all four.
 */
final class StatsTable extends TableView<List<String>> {

    StatsTable(String id, String empty, String... headers) {
        setId(id);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label(empty));
        for (int i = 0; i < headers.length; i++) {
            int col = i;
            TableColumn<List<String>, String> c = new TableColumn<>(headers[i]);
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(col < r.getValue().size() ? r.getValue().get(col) : ""));
            c.setSortable(false);
            if (i > 0) {
                c.setStyle("-fx-alignment: CENTER-RIGHT;");
            } else {
                // the names (GUIDELINE_PAGE, 2026-03-31) need more room than the figures
                c.setPrefWidth(125);
                c.setMinWidth(110);
            }
            getColumns().add(c);
        }
        setPrefHeight(170);
    }

    void show(List<List<String>> rows) {
        setItems(FXCollections.observableArrayList(rows));
    }
}
