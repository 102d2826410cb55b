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

/** Gold > Reviewer statistics… opens the statistics beside the review window, with this database's figures. */
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
}
