package org.imrworkstation.review.ui.adjudicate;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The letter's disagreements: where, A's version, B's version, the final one and whose it is. */
final class DisagreementTable extends TableView<DisagreementRow> {

    private final TableColumn<DisagreementRow, String> a;
    private final TableColumn<DisagreementRow, String> b;

    DisagreementTable() {
        setId("adjudication-disagreements");
        setPlaceholder(new javafx.scene.control.Label("The two versions agree."));
        TableColumn<DisagreementRow, String> n = column("#", 36, r -> String.valueOf(r.number()));
        TableColumn<DisagreementRow, String> what = column("disagreement", 170, r -> r.d().what());
        a = column("A", 250, DisagreementRow::a);
        b = column("B", 250, DisagreementRow::b);
        TableColumn<DisagreementRow, String> fin = column("final", 250, DisagreementRow::fin);
        TableColumn<DisagreementRow, String> whose = column("decided", 70, DisagreementRow::finalIs);
        whose.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                org.imrworkstation.review.ui.StyleClasses.setOne(this,
                        c -> c.equals("unsettled") || c.equals("settled-cell"),
                        empty || s == null ? null : "open".equals(s) ? "unsettled" : "settled-cell");
            }
        });
        getColumns().setAll(java.util.List.of(n, what, a, b, fin, whose));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
    }

    void names(String nameA, String nameB) {
        a.setText("A: " + nameA + "  (1)");
        b.setText("B: " + nameB + "  (2)");
    }

    private static TableColumn<DisagreementRow, String> column(String title, double width,
                                                               Function<DisagreementRow, String> value) {
        TableColumn<DisagreementRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        return c;
    }
}
