package org.imrworkstation.review.ui.eval;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.imrworkstation.export.gold.ErrorKinds;
import org.imrworkstation.export.gold.GoldSetInfo;
import org.imrworkstation.review.Messages;
import org.imrworkstation.store.Database;

/**
 * Evaluation against a frozen gold set: choose the set, what to score (an extractor version's
 * stored suggestions, this jar's by default, or a JSONL file) and optionally a second one to
 * compare; then the F1 chart, the per-type table and the error list. Scoring runs on the
 * background executor; the view only shows what comes back.
 */
public final class EvaluationView extends BorderPane {

    private final Database db;
    private final Executor background;
    private final LetterOpener opener;
    private final Supplier<Optional<Path>> chooseJsonl;
    private final ComboBox<String> goldSet = new ComboBox<>();
    private final ComboBox<String> predicted = new ComboBox<>();
    private final CheckBox compare = new CheckBox("Compare with");
    private final ComboBox<String> second = new ComboBox<>();
    private final Button run = new Button("Evaluate");
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label message = new Label();
    private final F1Chart chart = new F1Chart();
    private final TypeTable types = new TypeTable();
    private final ErrorList errors;
    private EvalOutcome outcome;

    public EvaluationView(Database db, Executor background, LetterOpener opener, Supplier<Optional<Path>> chooseJsonl) {
        this.db = db;
        this.background = background;
        this.opener = opener;
        this.chooseJsonl = chooseJsonl;
        this.errors = new ErrorList(this::open);
        goldSet.setId("eval-gold-set");
        predicted.setId("eval-a");
        compare.setId("eval-compare");
        second.setId("eval-b");
        run.setId("eval-run");
        busy.setId("eval-busy");
        message.setId("eval-message");
        predicted.setEditable(true);
        second.setEditable(true);
        predicted.setPrefWidth(170);
        second.setPrefWidth(170);
        second.disableProperty().bind(compare.selectedProperty().not());
        Button fileA = fileButton(predicted);
        Button fileB = fileButton(second);
        fileB.disableProperty().bind(compare.selectedProperty().not());
        run.setDefaultButton(true);
        run.setDisable(true);
        run.setOnAction(e -> evaluate());
        busy.setVisible(false);
        busy.setPrefSize(22, 22);
        message.setWrapText(true);
        HBox controls = new HBox(8, new Label("Gold set"), goldSet, new Label("Score"), predicted, fileA, compare,
                second, fileB, run, busy);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, controls, message);
        top.setPadding(new Insets(8));
        setTop(top);
        SplitPane figures = new SplitPane(chart.node(), types);
        figures.setDividerPositions(0.5);
        SplitPane center = new SplitPane(figures, errors);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.5);
        setCenter(center);
        setPadding(new Insets(0, 8, 8, 8));
    }

    /** Reads the gold sets and versions in the background, then offers them. */
    public void load() {
        working("reading the gold sets…");
        background.execute(() -> {
            try {
                EvalChoices c = EvalChoices.load(db);
                Platform.runLater(() -> offer(c));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed(Messages.of(e)));
            }
        });
    }

    private void offer(EvalChoices c) {
        busy.setVisible(false);
        goldSet.getItems().setAll(c.goldSets().stream().map(GoldSetInfo::name).toList());
        predicted.getItems().setAll(c.versions());
        second.getItems().setAll(c.versions());
        if (predicted.getValue() == null || predicted.getValue().isBlank()) {
            predicted.setValue(c.versions().get(0));
        }
        if (c.goldSets().isEmpty()) {
            message.setText(EvalChoices.noGoldSet(db.base()));
            run.setDisable(true);
            return;
        }
        goldSet.setValue(c.goldSets().get(c.goldSets().size() - 1).name()); // the newest
        message.setText(c.goldSets().size() + " gold set" + (c.goldSets().size() == 1 ? "" : "s")
                + "; score an extractor version's suggestions or a JSONL file of letter records.");
        run.setDisable(false);
    }

    /** Scores what the controls say, off the FX thread. */
    public void evaluate() {
        String a = spec(predicted);
        String b = compare.isSelected() ? spec(second) : null;
        if (goldSet.getValue() == null) {
            message.setText("Choose a gold set first.");
            return;
        }
        if (a.isEmpty() || b != null && b.isEmpty()) {
            message.setText("Say what to score: an extractor version (e.g. 1.0) or a .jsonl file.");
            return;
        }
        EvalRequest request = new EvalRequest(goldSet.getValue(), a, b);
        working("scoring " + a + (b == null ? "" : " and " + b) + " against gold set " + request.goldSet() + "…");
        run.setDisable(true);
        background.execute(() -> {
            long t0 = System.nanoTime();
            try {
                EvalOutcome o = EvalRun.run(db, request);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                Platform.runLater(() -> show(o, ms));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed(Messages.of(e)));
            }
        });
    }

    private void show(EvalOutcome o, long ms) {
        outcome = o;
        busy.setVisible(false);
        run.setDisable(false);
        chart.show(o);
        types.show(o);
        errors.show(o);
        StringBuilder m = new StringBuilder("Gold set " + o.goldSet() + " (" + o.letters() + " letters), scored in "
                + ms + " ms. ");
        if (o.comparing()) {
            m.append("A = ").append(o.a().label()).append(", B = ").append(o.b().label()).append(": B fixed ")
                    .append(o.changes().fixed().size()).append(" of A's errors and made ")
                    .append(o.changes().introduced().size()).append(" new ones. ");
        }
        for (var r : o.comparing() ? java.util.List.of(o.a(), o.b()) : java.util.List.of(o.a())) {
            if (!r.note().isEmpty()) {
                m.append(r.note()).append(". ");
            }
        }
        m.append("Double-click or Enter on an error opens the letter there.");
        message.setText(m.toString());
    }

    private void open(ErrorKinds.Error e) {
        String sha = outcome == null ? null : outcome.sha256s().get(e.letter());
        if (sha == null) {
            message.setText("The letter " + e.letter() + " has no content hash in the gold set; cannot find it.");
            return;
        }
        opener.openAt(sha, e.type(), e.start(), e.end());
    }

    private void working(String text) {
        busy.setVisible(true);
        message.setText(text);
    }

    private void failed(String text) {
        busy.setVisible(false);
        run.setDisable(goldSet.getItems().isEmpty());
        message.setText("Not evaluated: " + text);
    }

    private Button fileButton(ComboBox<String> target) {
        Button b = new Button("JSONL…");
        b.setOnAction(e -> chooseJsonl.get().ifPresent(p -> target.setValue(p.toString())));
        return b;
    }

    /** An editable box's text is its value only once committed; read the editor so a typed path counts. */
    private static String spec(ComboBox<String> box) {
        String s = box.isEditable() ? box.getEditor().getText() : box.getValue();
        return s == null ? "" : s.strip();
    }

    // for the window's tests and the screenshot
    F1Chart chart() {
        return chart;
    }

    TypeTable types() {
        return types;
    }

    ErrorList errors() {
        return errors;
    }

    EvalOutcome outcome() {
        return outcome;
    }
}
