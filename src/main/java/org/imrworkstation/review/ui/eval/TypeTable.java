package org.imrworkstation.review.ui.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.imrworkstation.eval.SpanReport;

/**
 * The per-type figures as a table (the one shown is B's when comparing, with A's F1 beside it and
 * the verdict), and the item and field accuracies under it.
 */
final class TypeTable extends VBox {

    /** One type: the shown result's row, and A's when comparing. */
    record Line(SpanReport.Row row, SpanReport.Row before) {
    }

    private final TableView<Line> table = new TableView<>();
    private final Label accuracy = new Label();
    private final TableColumn<Line, String> f1Before = column("F1 A", l -> l.before() == null ? ""
            : Figures.f3(l.before().f1()));
    private final TableColumn<Line, String> verdict = column("B vs A", l -> l.before() == null ? ""
            : Figures.verdict(l.before().f1(), l.row().f1()));

    TypeTable() {
        super(4);
        table.setId("eval-types");
        accuracy.setId("eval-accuracy");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("no figures yet"));
        TableColumn<Line, String> type = column("Type", l -> l.row().type());
        type.setMinWidth(120); // GUIDELINE_PAGE in full
        table.getColumns().add(type);
        table.getColumns().add(column("Gold", l -> Integer.toString(l.row().gold())));
        table.getColumns().add(column("Pred", l -> Integer.toString(l.row().pred())));
        table.getColumns().add(column("P", l -> Figures.f3(l.row().precision())));
        table.getColumns().add(column("R", l -> Figures.f3(l.row().recall())));
        table.getColumns().add(column("F1", l -> Figures.f3(l.row().f1())));
        table.getColumns().add(column("P len", l -> Figures.f3(l.row().precisionLenient())));
        table.getColumns().add(column("R len", l -> Figures.f3(l.row().recallLenient())));
        table.getColumns().add(column("F1 len", l -> Figures.f3(l.row().f1Lenient())));
        table.getColumns().add(column("Value", l -> Figures.f3(l.row().valueAccuracy())));
        getChildren().addAll(table, accuracy);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
    }

    TableView<Line> table() {
        return table;
    }

    void show(EvalOutcome o) {
        List<SpanReport.Row> rows = o.shown().report().rows();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new Line(rows.get(i), o.comparing() ? o.a().report().rows().get(i) : null));
        }
        table.getColumns().removeAll(List.of(f1Before, verdict));
        if (o.comparing()) {
            table.getColumns().addAll(f1Before, verdict);
        }
        table.getItems().setAll(lines);
        SpanReport shown = o.shown().report();
        if (o.comparing()) {
            SpanReport a = o.a().report();
            accuracy.setText("Items accuracy " + Figures.f3(a.itemAccuracy()) + " → " + Figures.f3(shown.itemAccuracy())
                    + " (" + Figures.verdict(a.itemAccuracy(), shown.itemAccuracy()) + ")   Fields accuracy "
                    + Figures.f3(a.fieldAccuracy()) + " → " + Figures.f3(shown.fieldAccuracy()) + " ("
                    + Figures.verdict(a.fieldAccuracy(), shown.fieldAccuracy()) + ")   B's micro F1 "
                    + Figures.f3(shown.microF1()));
        } else {
            accuracy.setText("Items accuracy " + Figures.f3(shown.itemAccuracy()) + "   Fields accuracy "
                    + Figures.f3(shown.fieldAccuracy()) + "   Micro F1 " + Figures.f3(shown.microF1()));
        }
    }

    private static TableColumn<Line, String> column(String title, Function<Line, String> value) {
        TableColumn<Line, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
