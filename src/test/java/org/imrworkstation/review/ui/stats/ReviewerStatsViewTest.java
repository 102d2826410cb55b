package org.imrworkstation.review.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.stats.StatsFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The statistics view shows StatsFixture's figures (worked out by hand there) in its tables and charts. */
@ExtendWith(ApplicationExtension.class)
class ReviewerStatsViewTest {

    @TempDir
    static Path tmp;

    static Database db;
    static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor();

    ReviewerStatsView view;

    @BeforeAll
    static void history() throws Exception {
        db = Database.open(tmp.resolve("db/imr"));
        StatsFixture.build(db, tmp.resolve("letters"));
    }

    @AfterAll
    static void close() {
        BACKGROUND.shutdownNow();
        db.close();
    }

    @Start
    void start(Stage stage) {
        view = new ReviewerStatsView(db, BACKGROUND, ZoneOffset.UTC);
        stage.setScene(new Scene(view, 1240, 820));
        stage.show();
        view.refresh();
    }

    static void waitForStatus(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#stats-status").queryAs(Label.class).getText().equals(text));
    }

    @SuppressWarnings("unchecked")
    static List<List<String>> rows(FxRobot robot, String id) {
        return List.copyOf(robot.lookup(id).queryAs(TableView.class).getItems());
    }

    @Test
    void theTablesShowTheFigures(FxRobot robot) throws Exception {
        waitForStatus(robot, "6 letters verified, 4 corrections");
        assertThat(rows(robot, "#stats-seconds")).containsExactly(
                List.of("ann", "4", "3", "90", "114"),
                List.of("bob", "2", "2", "165", "273"));
        assertThat(rows(robot, "#stats-per-day")).containsExactly(
                List.of("2026-03-02", "ann", "2"),
                List.of("2026-03-02", "bob", "1"),
                List.of("2026-03-03", "ann", "2"),
                List.of("2026-03-04", "bob", "1"));
        assertThat(rows(robot, "#stats-suggestions")).containsExactly(
                List.of("STRENGTH", "0 (0%)", "2 (100%)", "0 (0%)", "0", "100%"),
                List.of("DRUG", "2 (67%)", "0 (0%)", "1 (33%)", "0", "33%"),
                List.of("QUANTITY", "0", "0", "0", "1", "–"));
        // span type, BOUNDARY, VALUE, TYPE, MISSED, SPURIOUS, total
        assertThat(rows(robot, "#stats-corrections")).containsExactly(
                List.of("DRUG", "0", "0", "0", "0", "1", "1"),
                List.of("QUANTITY", "0", "0", "0", "1", "0", "1"),
                List.of("STRENGTH", "1", "1", "0", "0", "0", "2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChartsShowTheFigures(FxRobot robot) throws Exception {
        waitForStatus(robot, "6 letters verified, 4 corrections");
        BarChart<String, Number> perDay = robot.lookup("#stats-per-day-chart").queryAs(BarChart.class);
        assertThat(perDay.getData()).extracting(XYChart.Series::getName).containsExactly("ann", "bob");
        assertThat(points(perDay.getData().get(0))).containsExactly("2026-03-02=2", "2026-03-03=2", "2026-03-04=0");
        assertThat(points(perDay.getData().get(1))).containsExactly("2026-03-02=1", "2026-03-03=0", "2026-03-04=1");
        StackedBarChart<Number, String> corrections = robot.lookup("#stats-corrections-chart")
                .queryAs(StackedBarChart.class);
        assertThat(corrections.getData()).extracting(XYChart.Series::getName)
                .containsExactly("BOUNDARY", "VALUE", "TYPE", "MISSED", "SPURIOUS");
        // lying bars, listed bottom up: STRENGTH (2 corrections) on top, then DRUG and QUANTITY (1 each)
        assertThat(lying(corrections.getData().get(0))).containsExactly("QUANTITY=0", "DRUG=0", "STRENGTH=1");
        assertThat(lying(corrections.getData().get(1))).containsExactly("QUANTITY=0", "DRUG=0", "STRENGTH=1");
        assertThat(lying(corrections.getData().get(3))).containsExactly("QUANTITY=1", "DRUG=0", "STRENGTH=0");
        assertThat(lying(corrections.getData().get(4))).containsExactly("QUANTITY=0", "DRUG=1", "STRENGTH=0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnnotatorAndDaysNarrowTheFigures(FxRobot robot) throws Exception {
        waitForStatus(robot, "6 letters verified, 4 corrections");
        ComboBox<String> who = robot.lookup("#stats-annotator").queryAs(ComboBox.class);
        assertThat(who.getItems()).containsExactly("everybody", "ann", "bob");
        robot.interact(() -> {
            robot.lookup("#stats-from").queryAs(DatePicker.class).setValue(LocalDate.parse("2026-03-04"));
            robot.lookup("#stats-to").queryAs(DatePicker.class).setValue(LocalDate.parse("2026-03-04"));
            who.setValue("bob");
        });
        waitForStatus(robot, "1 letter verified, 2 corrections");
        assertThat(rows(robot, "#stats-seconds")).containsExactly(List.of("bob", "1", "1", "300", "300"));
        assertThat(rows(robot, "#stats-corrections")).containsExactly(
                List.of("QUANTITY", "0", "0", "0", "1", "0", "1"),
                List.of("STRENGTH", "1", "0", "0", "0", "0", "1"));
        // the other annotator stays choosable
        assertThat(who.getItems()).containsExactly("everybody", "ann", "bob");

        robot.interact(() -> robot.lookup("#stats-to").queryAs(DatePicker.class).setValue(LocalDate.parse("2026-03-01")));
        robot.interact(view::refresh);
        waitForStatus(robot, "the last day is before the first");
    }

    static List<String> lying(XYChart.Series<Number, String> s) {
        return s.getData().stream().map(d -> d.getYValue() + "=" + d.getXValue()).toList();
    }

    static List<String> points(XYChart.Series<String, Number> s) {
        return s.getData().stream().map(d -> d.getXValue() + "=" + d.getYValue()).toList();
    }
}
