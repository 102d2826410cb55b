package org.imrworkstation.review.ui.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.imrworkstation.export.gold.ErrorKinds;

/**
 * The errors of an evaluation, filterable by kind and type; when comparing, also A's errors, the
 * ones B fixed and the ones new in B. Double-click or Enter on a row opens that letter at the span.
 */
final class ErrorList extends VBox {

    static final String ALL_KINDS = "all kinds";
    static final String ALL_TYPES = "all types";

    private final ObservableList<ErrorKinds.Error> all = FXCollections.observableArrayList();
    private final FilteredList<ErrorKinds.Error> shown = new FilteredList<>(all);
    private final TableView<ErrorKinds.Error> table = new TableView<>(shown);
    private final ChoiceBox<String> which = new ChoiceBox<>();
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final ChoiceBox<String> type = new ChoiceBox<>();
    private final Label count = new Label();
    private final Map<String, List<ErrorKinds.Error>> lists = new LinkedHashMap<>();

    ErrorList(Consumer<ErrorKinds.Error> activate) {
        super(4);
        table.setId("eval-errors");
        which.setId("eval-which");
        kind.setId("eval-kind");
        type.setId("eval-type");
        count.setId("eval-error-count");
        table.setPlaceholder(new Label("no errors"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Kind", 70, e -> e.kind().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("Type", 90, ErrorKinds.Error::type));
        table.getColumns().add(column("Letter", 150, ErrorKinds.Error::letter));
        table.getColumns().add(column("Text", 220, ErrorKinds.Error::text));
        table.getColumns().add(column("Gold", 140, ErrorKinds.Error::gold));
        table.getColumns().add(column("Predicted", 140, ErrorKinds.Error::predicted));
        table.getColumns().add(column("At", 70, e -> e.start() + "–" + e.end()));
        table.setRowFactory(t -> {
            TableRow<ErrorKinds.Error> row = new TableRow<>();
            row.setOnMouseClicked(m -> {
                if (m.getButton() == MouseButton.PRIMARY && m.getClickCount() == 2 && !row.isEmpty()) {
                    activate.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(k -> {
            ErrorKinds.Error e = table.getSelectionModel().getSelectedItem();
            if (k.getCode() == KeyCode.ENTER && e != null) {
                activate.accept(e);
                k.consume();
            }
        });
        kind.getItems().add(ALL_KINDS);
        for (ErrorKinds.Kind k : ErrorKinds.Kind.values()) {
            kind.getItems().add(k.name().toLowerCase(Locale.ROOT));
        }
        kind.setValue(ALL_KINDS);
        type.getItems().add(ALL_TYPES);
        type.setValue(ALL_TYPES);
        which.valueProperty().addListener((o, was, now) -> {
            all.setAll(lists.getOrDefault(now, List.of()));
            filter();
        });
        kind.valueProperty().addListener((o, was, now) -> filter());
        type.valueProperty().addListener((o, was, now) -> filter());
        HBox bar = new HBox(8, new Label("Errors:"), which, kind, type, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    TableView<ErrorKinds.Error> table() {
        return table;
    }

    ChoiceBox<String> which() {
        return which;
    }

    ChoiceBox<String> kind() {
        return kind;
    }

    ChoiceBox<String> type() {
        return type;
    }

    /** The lists an outcome has, by the name the "which" choice shows. */
    static Map<String, List<ErrorKinds.Error>> lists(EvalOutcome o) {
        Map<String, List<ErrorKinds.Error>> m = new LinkedHashMap<>();
        if (o.comparing()) {
            m.put(newInB(o), o.changes().introduced());
            m.put(fixedInB(o), o.changes().fixed());
            m.put("all of B (" + o.b().errors().errors().size() + ")", o.b().errors().errors());
            m.put("all of A (" + o.a().errors().errors().size() + ")", o.a().errors().errors());
        } else {
            m.put("all (" + o.a().errors().errors().size() + ")", o.a().errors().errors());
        }
        return m;
    }

    static String newInB(EvalOutcome o) {
        return "new in B (" + o.changes().introduced().size() + ")";
    }

    static String fixedInB(EvalOutcome o) {
        return "fixed in B (" + o.changes().fixed().size() + ")";
    }

    void show(EvalOutcome o) {
        lists.clear();
        lists.putAll(lists(o));
        List<String> types = new ArrayList<>();
        types.add(ALL_TYPES);
        o.shown().report().rows().forEach(r -> types.add(r.type()));
        type.getItems().setAll(types);
        type.setValue(ALL_TYPES);
        kind.setValue(ALL_KINDS);
        which.getItems().setAll(lists.keySet());
        String first = lists.keySet().iterator().next();
        if (first.equals(which.getValue())) {
            all.setAll(lists.get(first));
            filter();
        } else {
            which.setValue(first);
        }
    }

    private void filter() {
        String k = kind.getValue();
        String t = type.getValue();
        shown.setPredicate(e -> (k == null || ALL_KINDS.equals(k) || e.kind().name().toLowerCase(Locale.ROOT).equals(k))
                && (t == null || ALL_TYPES.equals(t) || e.type().equals(t)));
        count.setText(shown.size() + " of " + all.size());
    }

    private static TableColumn<ErrorKinds.Error, String> column(String title, double width,
            Function<ErrorKinds.Error, String> value) {
        TableColumn<ErrorKinds.Error, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
