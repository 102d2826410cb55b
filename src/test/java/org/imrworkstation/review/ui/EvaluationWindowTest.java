package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.imrworkstation.eval.SpanReport;
import org.imrworkstation.export.ExportProgress;
import org.imrworkstation.export.ExportRecord;
import org.imrworkstation.export.JsonlExport;
import org.imrworkstation.export.gold.ErrorKinds;
import org.imrworkstation.export.gold.GoldEvaluation;
import org.imrworkstation.export.gold.GoldSets;
import org.imrworkstation.export.gold.Predictions;
import org.imrworkstation.extract.Extractor;
import org.imrworkstation.record.Span;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.review.DraftSpan;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Gold > Evaluate extractor… on a real database: five sample letters, four verified with two
 * corrections (a spurious drug rejected, a date's value changed). The chart's bars are
 * GoldEvaluation's figures, a comparison shows a planted difference, and an error opens its letter
 * at the span in the review window.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationWindowTest {

    @TempDir
    static Path tmp;

    WindowHarness harness;

    Database db;
    MainWindow window;

    static Path template;
    static StoredSpan rejectedDrug;
    static StoredSpan editedDate;

    /**
     * The letters are imported and corrected once, off the FX thread (a test's @Start has to finish
     * within TestFX's setup timeout on a busy machine); each test opens a copy of that database.
     */
    @BeforeAll
    static void prepare() throws Exception {
        template = tmp.resolve("template/imr");
        try (Database d = Database.open(template)) {
            List<Path> files = FileImport.writeSamples(tmp.resolve("samples"));
            FileImport.run(d, files.subList(0, 5), (x, t, f) -> { }, () -> false);
            ReviewService lead = new ReviewService(d, "lead");
            StoredLetter first = new LetterStore(d).load(1).orElseThrow();
            rejectedDrug = first.spans().stream().filter(s -> s.type() == SpanType.DRUG).findFirst().orElseThrow();
            editedDate = first.spans().stream().filter(s -> s.type() == SpanType.DATE).findFirst().orElseThrow();
            lead.rejectSpan(rejectedDrug.id(), Reason.SPURIOUS);
            lead.editSpan(editedDate.id(), SpanType.DATE, editedDate.start(), editedDate.end(), "1999-01-01",
                    Reason.VALUE);
            for (long id = 1; id <= 4; id++) {
                lead.setReview(id, ReviewStatus.VERIFIED, null, 5);
            }
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Path copy = tmp.resolve(UUID.randomUUID() + "/imr");
        Files.createDirectories(copy.getParent());
        try (var files = Files.list(template.getParent())) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolveSibling(f.getFileName()));
            }
        }
        db = Database.open(copy);
        harness = new WindowHarness();
        window = harness.show(stage, db);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close(window, db);
    }

    void freeze() {
        new GoldSets(db).freeze("v1", "lead", ExportProgress.NONE);
    }

    /** Gold > Evaluate extractor…, then waits until the gold sets are offered (or said to be missing). */
    void openEvaluation(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft() != null);
        robot.clickOn("Gold").clickOn("Evaluate extractor…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#eval-run").tryQuery().isPresent()
                && !message(robot).startsWith("reading"));
    }

    static String message(FxRobot robot) {
        return robot.lookup("#eval-message").queryAs(Label.class).getText();
    }

    void evaluate(FxRobot robot) throws Exception {
        robot.clickOn("#eval-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message(robot).startsWith("Gold set ")
                || message(robot).startsWith("Not evaluated"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(robot)).startsWith("Gold set v1 (4 letters)");
    }

    @SuppressWarnings("unchecked")
    static BarChart<String, Number> chart(FxRobot robot) {
        return robot.lookup("#eval-chart").queryAs(BarChart.class);
    }

    @SuppressWarnings("unchecked")
    static TableView<ErrorKinds.Error> errors(FxRobot robot) {
        return robot.lookup("#eval-errors").queryAs(TableView.class);
    }

    static double bar(XYChart.Series<String, Number> s, String type) {
        return s.getData().stream().filter(d -> d.getXValue().equals(type)).findFirst().orElseThrow().getYValue()
                .doubleValue();
    }

    GoldEvaluation.Result scored(String spec) {
        List<ExportRecord> gold = new GoldSets(db).records("v1");
        return new GoldEvaluation("v1", gold).score(Predictions.of(spec, db, gold));
    }

    @Test
    void withoutAFrozenGoldSetTheViewSaysHowToMakeOne(FxRobot robot) throws Exception {
        openEvaluation(robot);
        assertThat(message(robot)).startsWith("No frozen gold set yet.").contains("gold freeze --name v1 --db "
                + db.base());
        assertThat(robot.lookup("#eval-run").queryButton().isDisabled()).isTrue();

        // another database in the review window (a new scene): the view of this one closes
        Stage evaluation = (Stage) robot.lookup("#eval-run").query().getScene().getWindow();
        robot.interact(() -> window.stage().setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane())));
        assertThat(evaluation.isShowing()).isFalse();
    }

    @Test
    void theBarsAreTheEvaluationsFiguresAndTheErrorsAreListed(FxRobot robot) throws Exception {
        freeze();
        openEvaluation(robot);
        assertThat(robot.lookup("#eval-gold-set").queryComboBox().getValue()).isEqualTo("v1");
        assertThat(robot.lookup("#eval-a").queryComboBox().getValue()).isEqualTo(Extractor.VERSION);
        evaluate(robot);

        GoldEvaluation.Result expected = scored(Extractor.VERSION);
        List<XYChart.Series<String, Number>> series = chart(robot).getData();
        assertThat(series).extracting(XYChart.Series::getName).containsExactly("strict", "lenient");
        for (SpanReport.Row row : expected.report().rows()) {
            assertThat(bar(series.get(0), row.type())).as(row.type()).isEqualTo(row.f1());
            assertThat(bar(series.get(1), row.type())).as(row.type()).isEqualTo(row.f1Lenient());
        }
        assertThat(series.get(0).getData()).hasSize(expected.report().rows().size());
        // the corrections show: the rejected drug cost DRUG precision, the date's value its accuracy
        SpanReport.Row drug = row(expected, "DRUG");
        assertThat(drug.f1()).isLessThan(1.0);
        TableView<?> types = robot.lookup("#eval-types").queryAs(TableView.class);
        assertThat(types.getItems()).hasSize(expected.report().rows().size());
        assertThat(robot.lookup("#eval-accuracy").queryAs(Label.class).getText())
                .contains("Items accuracy " + Figures3.of(expected.report().itemAccuracy()));

        TableView<ErrorKinds.Error> errors = errors(robot);
        assertThat(errors.getItems()).hasSize(expected.errors().errors().size());
        assertThat(errors.getItems()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ErrorKinds.Kind.SPURIOUS);
            assertThat(e.start()).isEqualTo(rejectedDrug.start());
        });
        // filtering by kind and type
        robot.interact(() -> ((ChoiceBox<String>) robot.lookup("#eval-kind").queryAs(ChoiceBox.class))
                .setValue("value"));
        robot.interact(() -> ((ChoiceBox<String>) robot.lookup("#eval-type").queryAs(ChoiceBox.class))
                .setValue("DATE"));
        assertThat(errors.getItems()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ErrorKinds.Kind.VALUE);
            assertThat(e.type()).isEqualTo("DATE");
        });
        assertThat(errors.getItems()).anySatisfy(e -> {
            assertThat(e.start()).isEqualTo(editedDate.start());
            assertThat(e.gold()).isEqualTo("1999-01-01");
            assertThat(e.predicted()).isEqualTo(editedDate.value());
        });

        // a version the database has no output of: one line saying so, the figures stay
        robot.interact(() -> robot.lookup("#eval-a").queryComboBox().setValue("0.9"));
        robot.clickOn("#eval-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message(robot).startsWith("Not evaluated"));
        assertThat(message(robot)).startsWith("Not evaluated: no output of extractor version 0.9").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(robot.lookup("#eval-run").queryButton().isDisabled()).isFalse();
        assertThat(chart(robot).getData()).hasSize(2);
    }

    @Test
    void aComparisonShowsWhatGotBetterAndWhatGotWorse(FxRobot robot) throws Exception {
        freeze();
        // B: the gold set itself, less one DATE span of the second letter — better than the extractor
        // everywhere except that one date
        StringWriter goldJsonl = new StringWriter();
        new GoldSets(db).export("v1", goldJsonl);
        List<String> lines = new ArrayList<>();
        Span removed = null;
        for (String line : goldJsonl.toString().split("\n")) {
            ExportRecord r = JsonlExport.parse(line);
            List<Span> spans = new ArrayList<>(r.spans());
            if (lines.size() == 1) {
                removed = spans.stream().filter(s -> s.type() == SpanType.DATE).findFirst().orElseThrow();
                spans.remove(removed);
            }
            lines.add(JsonlExport.line(new ExportRecord(r.letter(), r.layout(), r.sha256(), null, spans, r.items(),
                    r.fields(), null)));
        }
        Span removedDate = removed;
        Path planted = Files.write(tmp.resolve(UUID.randomUUID() + "-planted.jsonl"), lines);

        openEvaluation(robot);
        robot.clickOn("#eval-compare");
        assertThat(robot.lookup("#eval-compare").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> robot.lookup("#eval-b").queryComboBox().setValue(planted.toString()));
        evaluate(robot);

        List<XYChart.Series<String, Number>> series = chart(robot).getData();
        assertThat(series).extracting(XYChart.Series::getName)
                .containsExactly("A extractor " + Extractor.VERSION, "B " + planted);
        GoldEvaluation.Result a = scored(Extractor.VERSION);
        GoldEvaluation.Result b = scored(planted.toString());
        for (SpanReport.Row row : a.report().rows()) {
            assertThat(bar(series.get(0), row.type())).as(row.type()).isEqualTo(row.f1());
            assertThat(bar(series.get(1), row.type())).as(row.type()).isEqualTo(row(b, row.type()).f1());
        }
        assertThat(bar(series.get(1), "DRUG")).isEqualTo(1.0).isGreaterThan(bar(series.get(0), "DRUG"));
        assertThat(bar(series.get(1), "DATE")).isLessThan(1.0);

        // first shown: the errors new in B — exactly the removed date
        ChoiceBox<?> which = robot.lookup("#eval-which").queryAs(ChoiceBox.class);
        assertThat(which.getValue()).isEqualTo("new in B (1)");
        assertThat(errors(robot).getItems()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ErrorKinds.Kind.MISSED);
            assertThat(e.type()).isEqualTo("DATE");
            assertThat(e.start()).isEqualTo(removedDate.start());
        });
        // fixed in B: the extractor's spurious drug and its date value among them
        String fixed = which.getItems().stream().map(Object::toString).filter(s -> s.startsWith("fixed in B"))
                .findFirst().orElseThrow();
        robot.interact(() -> ((ChoiceBox<String>) which).setValue(fixed));
        assertThat(errors(robot).getItems()).hasSize(a.errors().errors().size())
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(ErrorKinds.Kind.SPURIOUS))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(ErrorKinds.Kind.VALUE));
        TableView<?> types = robot.lookup("#eval-types").queryAs(TableView.class);
        assertThat(types.getColumns()).extracting(c -> c.getText()).contains("F1 A", "B vs A");
    }

    @Test
    void enterOrADoubleClickOnAnErrorOpensTheLetterAtTheSpan(FxRobot robot) throws Exception {
        freeze();
        openEvaluation(robot);
        evaluate(robot);
        long shownBefore = window.session().draft().letterId();
        assertThat(shownBefore).as("the window shows the unverified letter").isEqualTo(5);

        TableView<ErrorKinds.Error> errors = errors(robot);
        int value = indexOf(errors, ErrorKinds.Kind.VALUE, editedDate.start());
        robot.interact(() -> {
            errors.getSelectionModel().clearAndSelect(value);
            errors.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> current().map(s -> s.start() == editedDate.start())
                .orElse(false));
        assertThat(window.session().draft().letterId()).isEqualTo(1);
        DraftSpan date = current().orElseThrow();
        assertThat(date.type()).isEqualTo(SpanType.DATE);
        assertThat(date.end()).isEqualTo(editedDate.end());
        assertThat(date.value()).as("the reviewer's value, as stored").isEqualTo("1999-01-01");

        // the spurious drug is the rejected span; a double-click goes there in the open letter
        int spurious = indexOf(errors, ErrorKinds.Kind.SPURIOUS, rejectedDrug.start());
        // opening the letter brought the review window to the front: back to the list, as a clerk would
        robot.interact(() -> {
            ((Stage) errors.getScene().getWindow()).toFront();
            errors.scrollTo(spurious);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var cell = robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getTableView() == errors && r.getIndex() == spurious).findFirst().orElseThrow();
        robot.clickOn(cell);
        assertThat(current().orElseThrow().start()).as("one click only selects the row").isEqualTo(editedDate.start());
        // the robot's two clicks come too slowly to count as a double-click (TestFX issue #746):
        // the row gets the double-click event a mouse makes
        robot.interact(() -> cell.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 0, 0, MouseButton.PRIMARY,
                2, false, false, false, false, false, false, false, false, false, true, null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> current().map(s -> s.start() == rejectedDrug.start())
                .orElse(false));
        DraftSpan drug = current().orElseThrow();
        assertThat(drug.type()).isEqualTo(SpanType.DRUG);
        assertThat(drug.rejected()).isTrue();
        assertThat(window.letter().caret()).isEqualTo(rejectedDrug.start());
    }

    Optional<DraftSpan> current() {
        return window.session().draft() == null ? Optional.empty() : window.session().current();
    }

    static int indexOf(TableView<ErrorKinds.Error> t, ErrorKinds.Kind kind, int start) {
        for (int i = 0; i < t.getItems().size(); i++) {
            if (t.getItems().get(i).kind() == kind && t.getItems().get(i).start() == start) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " at " + start + " in " + t.getItems());
    }

    static SpanReport.Row row(GoldEvaluation.Result r, String type) {
        return r.report().rows().stream().filter(x -> x.type().equals(type)).findFirst().orElseThrow();
    }

    /** The view's way of writing a figure. */
    static final class Figures3 {
        static String of(double x) {
            return String.format(java.util.Locale.ROOT, "%.3f", x);
        }
    }
}
