package org.imrworkstation.review.ui;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.imrworkstation.review.Draft;
import org.imrworkstation.review.DraftItem;
import org.imrworkstation.review.Evidence;
import org.imrworkstation.review.ItemColumn;
import org.imrworkstation.review.Outcome;
import org.imrworkstation.review.Ref;
import org.imrworkstation.review.ReviewSession;
import org.imrworkstation.store.State;

/**
 * The disputed items, edited in place (F2 or a double click; Enter saves). Selecting a row shows
 * its heading in the text; a rejected ("removed") item is kept in the store but not shown.
 */
public final class ItemsGrid extends BorderPane {

    private final ReviewSession session;
    private final TableView<DraftItem> table = new TableView<>();
    private boolean updating;

    public ItemsGrid(ReviewSession session, Collection<String> drugNames, Consumer<String> message,
                     Consumer<DraftItem> rowSelected) {
        this.session = session;
        table.setId("items-grid");
        table.setEditable(true);
        table.setPlaceholder(new Label("no items"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ItemCell.Commit commit = (row, col, text) -> {
            Outcome o = session.editItem(row.ref(), col, text);
            if (!o.done()) {
                message.accept(col.title + ": " + o.message() + " (not saved)");
            }
        };
        for (ItemColumn c : ItemColumn.values()) {
            TableColumn<DraftItem, String> col = new TableColumn<>(c.title);
            col.setId("col-" + c.name());
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(c.get(f.getValue().item())));
            col.setCellFactory(tc -> new ItemCell(c, commit, c == ItemColumn.DRUG ? drugNames : null));
            col.setPrefWidth(switch (c) {
                case TREATMENT -> 150;
                case DRUG -> 115;
                case STRENGTH, DECISION -> 78;
                case QUANTITY -> 42;
                default -> 55;
            });
            table.getColumns().add(col);
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                rowSelected.accept(now);
            }
        });
        Button add = new Button("Add item");
        add.setId("add-item");
        add.setOnAction(e -> report(session.addItem(), message));
        Button remove = new Button("Remove item");
        remove.setId("remove-item");
        remove.setOnAction(e -> {
            DraftItem sel = table.getSelectionModel().getSelectedItem();
            report(sel == null ? session.removeItem(null) : session.removeItem(sel.ref()), message);
        });
        Label title = new Label("Items");
        title.getStyleClass().add("form-title");
        HBox bar = new HBox(6, title, add, remove);
        bar.setPadding(new Insets(2, 4, 2, 4));
        setTop(bar);
        setCenter(table);
    }

    public TableView<DraftItem> table() {
        return table;
    }

    public void refresh() {
        Draft d = session.draft();
        DraftItem sel = table.getSelectionModel().getSelectedItem();
        updating = true;
        try {
            List<DraftItem> shown = d == null ? List.of()
                    : d.items().stream().filter(i -> i.state() != State.REJECTED).toList();
            table.getItems().setAll(shown);
            if (sel != null) {
                select(sel.ref());
            }
        } finally {
            updating = false;
        }
    }

    /** Selects the row of an item (when its evidence was clicked in the text) without firing back. */
    public void select(Ref ref) {
        boolean was = updating;
        updating = true;
        try {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).ref() == ref) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            updating = was;
        }
    }

    /** The row that holds the span as evidence, if any. */
    public void selectFor(Draft d, int offset) {
        Evidence.item(d, offset).ifPresentOrElse(i -> select(i.ref()), () -> select(null));
    }

    private static void report(Outcome o, Consumer<String> message) {
        if (!o.done()) {
            message.accept(o.message());
        }
    }
}
