package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.junit.jupiter.api.AfterAll;
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

    static final ExecutorService STORE = Executors.newSingleThreadExecutor();
    static final ExecutorService BACKGROUND = Executors.newCachedThreadPool();

    Database db;
    MainWindow window;
    Preferences prefs;

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
        prefs = Preferences.userRoot().node("imr-test-" + UUID.randomUUID());
        WindowContext ctx = new WindowContext(db, "clerk", Lexicon.defaults(), STORE, BACKGROUND,
                new RecentDatabases(prefs), Optional.empty(), p -> { });
        window = new MainWindow(stage, ctx);
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        window.flush(10_000);
        STORE.submit(db::close).get();
        prefs.removeNode();
    }

    @AfterAll
    static void stopThreads() {
        STORE.shutdownNow();
        BACKGROUND.shutdownNow();
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
