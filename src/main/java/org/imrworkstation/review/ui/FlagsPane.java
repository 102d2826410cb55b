package org.imrworkstation.review.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.imrworkstation.review.Messages;
import org.imrworkstation.store.FlagStore;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.StoredFlag;

/**
 * The checks' flags of the open letter, beside the form: what a clerk should look at twice. A
 * click shows the text it concerns; "Dismiss…" asks why and records it (logged, undoable in the
 * store). Loading and dismissing run on the store thread; the FX thread only shows.
 */
final class FlagsPane extends VBox {

    private final ListView<StoredFlag> list = new ListView<>();
    private final Label title = new Label("Checks");
    private final Label med = new Label();
    private final Button dismiss = new Button("Dismiss…");
    private static final org.imrworkstation.check.LetterChecks CHECKS = new org.imrworkstation.check.LetterChecks();
    private final FlagStore flags;
    private final org.imrworkstation.store.LetterStore letters;
    private final ReviewService review;
    private final Executor storeThread;
    private final Consumer<String> message;
    private long letterId = -1;

    /** {@code reveal}: shows a stretch of the letter text; {@code ask}: a reason prompt (title, prompt). */
    FlagsPane(FlagStore flags, ReviewService review, Executor storeThread, Consumer<String> message,
              Consumer<int[]> reveal, BiFunction<String, String, Optional<String>> ask) {
        super(4);
        this.flags = flags;
        this.letters = new org.imrworkstation.store.LetterStore(flags.database());
        this.review = review;
        this.storeThread = storeThread;
        this.message = message;
        getStyleClass().add("flags-pane");
        setPadding(new Insets(2, 0, 2, 0));
        list.setPrefHeight(86);
        list.setMinHeight(58); // the form's VBox would squeeze it to its scroll bar
        list.setPlaceholder(new Label("no flags"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StoredFlag f, boolean empty) {
                super.updateItem(f, empty);
                StyleClasses.setOne(this, c -> c.startsWith("flag-"), empty || f == null ? null
                        : "flag-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
                if (empty || f == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(f.severity() + "  " + f.message());
                String tip = f.kind() + ": " + f.message();
                if (getTooltip() == null || !tip.equals(getTooltip().getText())) {
                    setTooltip(new javafx.scene.control.Tooltip(tip));
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, f) -> {
            dismiss.setDisable(f == null);
            if (f != null && !f.where().isEmpty()) {
                reveal.accept(new int[] {f.where().get(0).start(), f.where().get(0).end()});
            }
        });
        dismiss.setDisable(true);
        dismiss.setFocusTraversable(false);
        dismiss.setOnAction(e -> {
            StoredFlag f = list.getSelectionModel().getSelectedItem();
            if (f != null) {
                ask.apply("Dismiss this flag", "Why is it not a problem? (kept with the letter's history)")
                        .filter(r -> !r.isBlank())
                        .ifPresent(r -> dismiss(f, r));
            }
        });
        title.getStyleClass().add("section-title");
        med.getStyleClass().add("med-line");
        med.setWrapText(true);
        getChildren().addAll(new HBox(8, title, dismiss), med, list);
    }

    /** Shows the flags of the letter now open (read on the store thread). */
    void show(long letterId) {
        this.letterId = letterId;
        storeThread.execute(() -> {
            try {
                List<StoredFlag> standing = flags.flags(letterId).stream().filter(f -> !f.dismissed()).toList();
                String medLine = medLine(letterId);
                Platform.runLater(() -> {
                    if (this.letterId == letterId) {
                        list.setItems(FXCollections.observableArrayList(standing));
                        med.setText(medLine);
                        med.setManaged(!medLine.isEmpty());
                        med.setVisible(!medLine.isEmpty());
                        title.setText(standing.isEmpty() ? "Checks: no flags" : "Checks: " + standing.size()
                                + (standing.size() == 1 ? " flag" : " flags"));
                    }
                });
            } catch (RuntimeException ex) {
                Platform.runLater(() -> message.accept("flags not shown: " + Messages.of(ex)));
            }
        });
    }

    /**
     * The morphine equivalent dose computed from the letter's items as they stand now (the clerk's
     * corrections included) and its arithmetic; empty for a letter without a computable opioid.
     */
    private String medLine(long letterId) {
        return letters.load(letterId).map(l -> {
            org.imrworkstation.record.LetterRecord r = new org.imrworkstation.export.CorrectedLetter(l, true).record();
            org.imrworkstation.check.CheckReport report = CHECKS.check(r, l.text());
            return report.computedMed() == null ? ""
                    : "MED computed: " + mg(report.computedMed())
                    + " mg/day (" + report.medArithmetic() + ")";
        }).orElse("");
    }

    static String mg(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private void dismiss(StoredFlag f, String reason) {
        storeThread.execute(() -> {
            try {
                review.dismissFlag(f.id(), reason);
                Platform.runLater(() -> message.accept("flag dismissed: " + f.kind()));
                show(f.letterId());
            } catch (RuntimeException ex) {
                Platform.runLater(() -> message.accept("could not dismiss the flag: " + Messages.of(ex)));
            }
        });
    }

    Label medLine() {
        return med;
    }

    Button dismissButton() {
        return dismiss;
    }

    ListView<StoredFlag> list() {
        return list;
    }
}
