package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.imrworkstation.bench.SyntheticLetters;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's work on a real database: a dropped folder is imported with progress and a
 * summary, Cancel keeps what was imported, a recent database is reopened from the menu, and the
 * password dialog of an encrypted database.
 */
@ExtendWith(ApplicationExtension.class)
class FileMenuWindowTest {

    @TempDir
    static Path tmp;

    WindowHarness harness;

    Database db;
    MainWindow window;
    RecentDatabases recent;
    final List<Path> reopened = new CopyOnWriteArrayList<>();
    Path samples;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(tmp.resolve(UUID.randomUUID() + "/imr"));
        samples = tmp.resolve(UUID.randomUUID() + "-samples");
        List<Path> files = FileImport.writeSamples(samples);
        // one letter in already, so the window does not offer the samples
        FileImport.run(db, files.subList(0, 1), (d, t, f) -> { }, () -> false);
        harness = new WindowHarness();
        recent = harness.recent;
        window = WindowHarness.show(stage, harness.context(db, "clerk", reopened::add));
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close(window, db);
    }

    int stored() throws Exception {
        return (int) (long) harness.store.submit(() -> new LetterStore(db).status().letters()).get();
    }

    static String headerOf(Window w) {
        return w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p ? p.getHeaderText() : null;
    }

    static String contentOf(FxRobot robot, String header) {
        return robot.listWindows().stream().filter(w -> header.equals(headerOf(w)))
                .map(w -> ((DialogPane) w.getScene().getRoot()).getContentText()).findFirst().orElseThrow();
    }

    static void close(FxRobot robot, String header) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> header.equals(headerOf(w))).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void aDroppedFolderIsImportedWithASummaryAndShownInTheCorpus(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft() != null);
        robot.interact(() -> assertThat(window.dropped(List.of(samples.toFile()))).isTrue());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> "Import finished".equals(headerOf(w))));
        WaitForAsyncUtils.waitForFxEvents();
        int all = FileImport.writeSamples(tmp.resolve(UUID.randomUUID() + "-count")).size();
        assertThat(contentOf(robot, "Import finished"))
                .isEqualTo((all - 1) + " letters imported, 1 already in the database");
        assertThat(stored()).isEqualTo(all);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.corpus().table().getItems().size() == all);
        close(robot, "Import finished");
        assertThat(window.dropped(List.of())).as("a drop without files is refused").isFalse();
    }

    @Test
    void cancelStopsTheImportAndKeepsTheLettersImportedSoFar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft() != null);
        Path many = tmp.resolve(UUID.randomUUID() + "-many");
        Files.createDirectories(many);
        SyntheticLetters gen = SyntheticLetters.fromSamples();
        int n = 3000;
        for (int i = 0; i < n; i++) {
            Files.writeString(many.resolve("letter-" + i + ".txt"), gen.letter(i), StandardCharsets.UTF_8);
        }
        robot.interact(() -> window.importPaths(List.of(many)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-cancel").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stored() > 1); // importing has begun
        robot.clickOn("#import-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> "Import stopped".equals(headerOf(w))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contentOf(robot, "Import stopped")).isEqualTo("The letters imported so far are kept.");
        int kept = stored();
        assertThat(kept).isGreaterThan(1).isLessThan(n + 1);
        Thread.sleep(300);
        assertThat(stored()).as("nothing imported after Cancel").isEqualTo(kept);
        close(robot, "Import stopped");
    }

    @Test
    void aRecentDatabaseIsReopenedFromTheFileMenu(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft() != null);
        Path older = tmp.resolve("older/imr");
        Path newer = tmp.resolve("newer/imr");
        recent.opened(older);
        recent.opened(newer);
        assertThat(recent.list()).containsExactly(newer, older);
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu file = bar.getMenus().stream().filter(m -> m.getText().equals("File")).findFirst()
                .orElseThrow();
        // a click on a menu bar title does not open it under Monocle; showing it is what the click does
        robot.interact(file::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Recent databases").tryQuery().isPresent());
        robot.clickOn("Recent databases");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(older.toString()).tryQuery().isPresent());
        robot.clickOn(older.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reopened.isEmpty());
        assertThat(reopened).containsExactly(older);
    }

    @Test
    void thePasswordDialogForANewDatabaseWantsTheSamePasswordTwice(FxRobot robot) throws Exception {
        AtomicReference<Dialog<char[]>> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(PasswordDialog.create(window.stage(), tmp.resolve("x.mv.db"), true, null));
            shown.get().show();
        });
        var ok = shown.get().getDialogPane().lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#db-password").write("s3cret");
        robot.clickOn("#db-password-again").write("s3cre");
        assertThat(ok.isDisabled()).as("different passwords").isTrue();
        robot.write("t");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new String(shown.get().getResult())).isEqualTo("s3cret");
    }

    @Test
    void aWrongPasswordIsSaidInTheDialogThatAsksAgain(FxRobot robot) throws Exception {
        AtomicReference<Dialog<char[]>> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(PasswordDialog.create(window.stage(), tmp.resolve("x.mv.db"), false, "Wrong password. Try again."));
            shown.get().show();
        });
        assertThat(robot.lookup("#db-password-again").tryQuery()).isEmpty();
        assertThat(robot.lookup("#db-password-problem").queryLabeled().getText()).isEqualTo("Wrong password. Try again.");
        assertThat(robot.lookup("#db-password").queryAs(PasswordField.class).isFocused()).isTrue();
        robot.clickOn("#db-password").write("pw");
        assertThat(robot.lookup("#db-password").queryAs(PasswordField.class).getText()).isEqualTo("pw");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown.get().isShowing());
        assertThat(new String(shown.get().getResult())).isEqualTo("pw");
    }

    @Test
    void anExportRunsWithProgressAndSaysWhatItWrote(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft() != null);
        Path out = tmp.resolve(UUID.randomUUID() + "-export");
        robot.interact(() -> ExportDialog.run(window, window.context(), new org.imrworkstation.export.WindowExport(),
                org.imrworkstation.review.Exporter.Format.CSV, out, harness.background));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> "Export finished".equals(headerOf(w))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contentOf(robot, "Export finished")).startsWith("1 letter, 0 items and 0 spans written to " + out + " (")
                .endsWith(" unjudged suggestions left out)");
        assertThat(Files.readAllLines(out.resolve("letters.csv"))).hasSize(2);
        close(robot, "Export finished");
    }
}
