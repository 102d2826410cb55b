package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Gold menu: Reviewer statistics… opens the statistics beside the review window, with this
 * database's figures; Freeze gold set… freezes the verified letters under a name the lead checks.
 */
@ExtendWith(ApplicationExtension.class)
class GoldMenuWindowTest {

    @TempDir
    static Path tmp;

    WindowHarness harness;

    Database db;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(tmp.resolve(UUID.randomUUID() + "/imr"));
        Path dir = Files.createDirectories(tmp.resolve(UUID.randomUUID().toString()));
        Path letter = dir.resolve("baclofen.txt");
        Files.writeString(letter, "IMR ISSUES, DECISIONS AND RATIONALES\nBaclofen 10mg #30: Upheld\n"
                + "Decision rationale: Baclofen is not indicated. The request is not medically necessary.\n",
                StandardCharsets.UTF_8);
        FileImport.run(db, List.of(letter), (d, t, f) -> { }, () -> false);
        new ReviewService(db, "dana").setReview(1, ReviewStatus.VERIFIED, null, 75);
        harness = new WindowHarness();
        window = harness.show(stage, db);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close(window, db);
    }

    @Test
    void reviewerStatisticsOpensWithTheDatabasesFigures(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("File", "Review", "Gold", "Help");
        Menu gold = bar.getMenus().get(2);
        // a click on a menu bar title does not open it under Monocle; showing it is what the click does
        robot.interact(gold::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Reviewer statistics…").tryQuery().isPresent());
        robot.clickOn("Reviewer statistics…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#stats-status").tryQuery()
                .map(n -> ((Label) n).getText().equals("1 letter verified, 0 corrections")).orElse(false));
        Stage stats = (Stage) robot.lookup("#stats-status").query().getScene().getWindow();
        assertThat(stats.getTitle()).isEqualTo("Reviewer statistics");
        assertThat(stats.getOwner()).isEqualTo(window.stage());
        assertThat(Window.getWindows()).contains(stats);
        robot.interact(stats::close);
    }

    @Test
    void freezeGoldSetFreezesTheVerifiedLettersUnderTheNameGiven(FxRobot robot) throws Exception {
        Menu gold = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(2);
        robot.interact(gold::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Freeze gold set…").tryQuery().isPresent());
        robot.clickOn("Freeze gold set…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#freeze-name").tryQuery().isPresent());
        javafx.scene.control.TextField name = robot.lookup("#freeze-name").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.Node ok = robot.lookup("#freeze-ok").query();
        assertThat(name.getText()).startsWith("gold-");
        assertThat(ok.isDisabled()).isFalse();
        robot.interact(() -> name.setText("bad name!"));
        assertThat(ok.isDisabled()).as("a name with a space and '!' cannot be a set's name").isTrue();
        robot.interact(() -> name.setText("v1"));
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> new org.imrworkstation.export.gold.GoldSets(db).find("v1").isPresent());
        var set = new org.imrworkstation.export.gold.GoldSets(db).require("v1");
        assertThat(set.letters()).isEqualTo(1);
        assertThat(set.createdBy()).isEqualTo("clerk");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(n -> ((javafx.scene.control.DialogPane) n).getHeaderText().equals("Gold set frozen")).orElse(false));
        robot.interact(() -> ((Stage) robot.lookup(".dialog-pane").query().getScene().getWindow()).close());

        // the same name again: the dialog says it is taken and will not freeze it
        robot.interact(gold::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Freeze gold set…").tryQuery().isPresent());
        robot.clickOn("Freeze gold set…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#freeze-name").tryQuery().isPresent());
        javafx.scene.control.TextField again = robot.lookup("#freeze-name").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> again.setText("v1"));
        assertThat(robot.lookup("#freeze-ok").query().isDisabled()).isTrue();
        robot.interact(() -> ((Stage) again.getScene().getWindow()).close());
    }

    @Test
    void theSuggestedNameIsTodaysAndNeverOneTaken() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 7);
        assertThat(GoldFreezeDialog.suggestedName(day, List.of())).isEqualTo("gold-2026-12-07");
        assertThat(GoldFreezeDialog.suggestedName(day, List.of("gold-2026-12-07", "gold-2026-12-07-2")))
                .isEqualTo("gold-2026-12-07-3");
        assertThat(GoldFreezeDialog.problem("v1", List.of("v1"))).get().asString().contains("never change");
        assertThat(GoldFreezeDialog.problem("-x", List.of())).isPresent();
        assertThat(GoldFreezeDialog.problem("v2", List.of("v1"))).isEmpty();
    }
}
