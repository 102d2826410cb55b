package org.imrworkstation.review.ui.adjudicate;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The double-annotated letters: whether each annotator is done, how many disagreements, adjudicated or not. */
final class LetterTable extends TableView<LetterRow> {

    LetterTable() {
        setId("adjudication-letters");
        setPlaceholder(new javafx.scene.control.Label("No double-annotated letters: assign some first"
                + " (imr assign --share 0.10 --a NAME --b NAME)."));
        TableColumn<LetterRow, String> id = column("letter", 50);
        id.setCellValueFactory(r -> new ReadOnlyStringWrapper(String.valueOf(r.getValue().letter.letterId())));
        TableColumn<LetterRow, String> file = column("file", 100);
        file.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().letter.fileName()));
        TableColumn<LetterRow, String> a = column("A", 115);
        a.setCellValueFactory(r -> new ReadOnlyStringWrapper(LetterRow.status(r.getValue().letter.a(),
                r.getValue().letter.aStatus())));
        TableColumn<LetterRow, String> b = column("B", 115);
        b.setCellValueFactory(r -> new ReadOnlyStringWrapper(LetterRow.status(r.getValue().letter.b(),
                r.getValue().letter.bStatus())));
        TableColumn<LetterRow, String> n = column("disagreements", 95);
        n.setCellValueFactory(r -> r.getValue().disagreements.map(x -> x.intValue() < 0 ? "…" : x.toString()));
        TableColumn<LetterRow, String> fin = column("final", 85);
        fin.setCellValueFactory(r -> r.getValue().main.map(s -> r.getValue().adjudicated() ? "adjudicated" : "—"));
        getColumns().setAll(java.util.List.of(id, file, a, b, n, fin));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
    }

    private static TableColumn<LetterRow, String> column(String title, double width) {
        TableColumn<LetterRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
