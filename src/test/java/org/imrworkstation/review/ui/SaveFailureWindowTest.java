package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.imrworkstation.review.DraftSpan;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A write the database refuses (here: an annotator name longer than the column) is shown plainly,
 * the clerk's change stays on screen, and nothing after it is written out of order.
 */
@ExtendWith(ApplicationExtension.class)
class SaveFailureWindowTest {

    @TempDir
    static Path tmp;

    WindowHarness harness;
    Database db;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        db = WindowHarness.sampleDatabase(tmp, 1);
        harness = new WindowHarness();
        window = WindowHarness.show(stage, harness.context(db, "x".repeat(300), p -> { }));
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close(db); // no flush: the failed write stays queued, as it would for the clerk
    }

    @Test
    void aFailedSaveIsShownAndTheChangeIsKept(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft() != null);
        DraftSpan first = window.session().current().orElseThrow();
        robot.type(javafx.scene.input.KeyCode.A);
        robot.type(javafx.scene.input.KeyCode.X);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.queue().stopped());
        WaitForAsyncUtils.waitForFxEvents();
        Label saved = robot.lookup("#saved-indicator").queryAs(Label.class);
        assertThat(saved.getText()).startsWith("NOT SAVED: accept").contains("kept").doesNotContain("Exception")
                .doesNotContain("\n");
        assertThat(robot.lookup("Retry").queryButton().isVisible()).isTrue();
        assertThat(window.session().draft().span(first.ref()).orElseThrow().state()).isEqualTo(State.ACCEPTED);
        // the reject queued behind the failed accept was not written ahead of it
        assertThat(new LetterStore(db).load(window.session().draft().letterId()).orElseThrow().spans())
                .allMatch(s -> s.state() == State.SUGGESTED);
    }
}
