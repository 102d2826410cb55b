package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicking a corpus column header sorts the whole database, not the page loaded: with more letters
 * than a page, the letters that sort first and last by file name are imported last, so they are not
 * in the first page in letter order; a click brings each to the top, a third click restores letter
 * order, the sort survives a filter change and scrolling pages on in the sorted order.
 */
@ExtendWith(ApplicationExtension.class)
class CorpusSortWindowTest {

    @TempDir
    static Path tmp;

    WindowHarness harness;
    static final int LETTERS = CorpusView.PAGE + 30;

    Database db;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(tmp.resolve(UUID.randomUUID() + "/imr"));
        Path dir = Files.createDirectories(tmp.resolve(UUID.randomUUID() + "-letters"));
        SyntheticLetters gen = SyntheticLetters.fromSamples();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LETTERS; i++) {
            Path f = dir.resolve(String.format("letter-%04d.txt", i));
            Files.writeString(f, gen.letter(i), StandardCharsets.UTF_8);
            files.add(f);
        }
        FileImport.run(db, files, (d, t, f) -> { }, () -> false);
        // imported after the others: beyond the first page in letter order
        Path first = Files.writeString(dir.resolve("aaa-first.txt"), gen.letter(LETTERS), StandardCharsets.UTF_8);
        Path last = Files.writeString(dir.resolve("zzz-last.txt"), gen.letter(LETTERS + 1), StandardCharsets.UTF_8);
        FileImport.run(db, List.of(first, last), (d, t, f) -> { }, () -> false);
        harness = new WindowHarness();
        window = harness.show(stage, db);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close(window, db);
    }

    List<String> names() {
        return window.corpus().table().getItems().stream().map(r -> r.summary().fileName()).toList();
    }

    void firstRowIs(String fileName) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.corpus().loading()
                && !window.corpus().table().getItems().isEmpty() && names().get(0).equals(fileName));
        WaitForAsyncUtils.waitForFxEvents();
    }

    Node header(FxRobot robot, String columnId) {
        return robot.lookup(".column-header").match((Node n) -> columnId.equals(n.getId())).query();
    }

    int firstVisibleRow(FxRobot robot) {
        javafx.scene.control.skin.VirtualFlow<?> flow = robot.lookup("#corpus-table .virtual-flow").query();
        return flow.getFirstVisibleCell().getIndex();
    }

    TableColumn<CorpusRow, ?> column(String title) {
        return window.corpus().table().getColumns().stream().filter(c -> c.getText().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void aHeaderClickSortsTheWholeCorpusAndAThirdGoesBackToLetterOrder(FxRobot robot) throws Exception {
        firstRowIs("letter-0000.txt");
        assertThat(names()).hasSize(CorpusView.PAGE).doesNotContain("aaa-first.txt", "zzz-last.txt");
        assertThat(window.corpus().hasMore()).isTrue();

        robot.clickOn(header(robot, "corpus-col-file"));
        firstRowIs("aaa-first.txt");
        assertThat(window.corpus().table().getSortOrder()).containsExactly(column("File"));
        assertThat(column("File").getSortType()).isEqualTo(TableColumn.SortType.ASCENDING);
        assertThat(names()).hasSize(CorpusView.PAGE).isSorted().doesNotHaveDuplicates();

        robot.clickOn(header(robot, "corpus-col-file"));
        firstRowIs("zzz-last.txt");
        assertThat(column("File").getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(names()).hasSize(CorpusView.PAGE).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(firstVisibleRow(robot)).as("the sorted table starts at its top").isZero();

        robot.clickOn(header(robot, "corpus-col-file"));
        firstRowIs("letter-0000.txt");
        assertThat(window.corpus().table().getSortOrder()).isEmpty();
        assertThat(names()).doesNotContain("aaa-first.txt");

        assertThat(column("Decisions").isSortable()).isFalse();
        assertThat(column("Drugs").isSortable()).isFalse();
        assertThat(column("Risk").isSortable()).isTrue();
    }

    @Test
    void theSortSurvivesAFilterAndScrollingPagesOnInItsOrder(FxRobot robot) throws Exception {
        firstRowIs("letter-0000.txt");
        robot.clickOn(header(robot, "corpus-col-file"));
        robot.clickOn(header(robot, "corpus-col-file"));
        firstRowIs("zzz-last.txt");

        @SuppressWarnings("unchecked")
        ComboBox<String> status = (ComboBox<String>) robot.lookup("#corpus-status").query();
        robot.interact(() -> status.getSelectionModel().select("UNREVIEWED"));
        firstRowIs("zzz-last.txt");
        assertThat(column("File").getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);

        robot.interact(() -> window.corpus().table().scrollTo(CorpusView.PAGE - 1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.corpus().loading()
                && names().size() == LETTERS + 2); // every letter is unreviewed
        assertThat(names()).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates()
                .endsWith("aaa-first.txt");
    }
}
