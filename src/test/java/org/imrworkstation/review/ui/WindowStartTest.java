package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.imrworkstation.review.NextLetter;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoreException;
import org.imrworkstation.store.StoredLetter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app starts reading the first letter on the store thread as soon as the database is open, while
 * the window is built (ReviewApp): the window shows that letter, or says plainly why it could not.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStartTest {

    @TempDir
    static Path tmp;

    WindowHarness harness;
    Database db;
    Stage stage;
    MainWindow window;
    long firstUnreviewed;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = WindowHarness.sampleDatabase(tmp, 4);
        LetterStore letters = new LetterStore(db);
        // the lowest id is verified already, so "first" must mean the first *unreviewed* letter
        long lowest = letters.list(LetterQuery.ALL, 0, 1).get(0).id();
        new ReviewService(db, "lead").setReview(lowest, ReviewStatus.VERIFIED, null, 0);
        firstUnreviewed = letters.list(LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED), 0, 1).get(0).id();
        harness = new WindowHarness();
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close(window, db);
    }

    @Test
    void theLetterReadWhileTheWindowWasBuiltIsTheOneShown(FxRobot robot) throws Exception {
        CompletableFuture<Optional<StoredLetter>> first = CompletableFuture.supplyAsync(
                () -> NextLetter.first(new LetterStore(db)), harness.store);
        first.get(10, TimeUnit.SECONDS); // as the app does when the read is quick: done before the window
        // as ReviewApp: the stage is up with a placeholder while the database opens, then gets the window
        robot.interact(() -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("Opening the database…")));
            stage.setWidth(1300);
            stage.setHeight(800);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window = WindowHarness.show(stage, harness.context(db, "clerk", p -> { }), first));
        // shown while starting, before any other read could have been made
        assertThat(window.session().draft()).isNotNull();
        assertThat(window.session().draft().letterId()).isEqualTo(firstUnreviewed);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.spans().getItems().isEmpty());
        // keyboard first: the keys go to the letter, not into the corpus's filter boxes
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.scene().getFocusOwner()).isSameAs(window.letterPane().area());
    }

    @Test
    void aFirstReadThatFailsIsSaidPlainlyAndTheWindowStillWorks(FxRobot robot) throws Exception {
        CompletableFuture<Optional<StoredLetter>> first = new CompletableFuture<>();
        robot.interact(() -> window = WindowHarness.show(stage, harness.context(db, "clerk", p -> { }), first));
        assertThat(window.session().draft()).isNull();
        first.completeExceptionally(new StoreException("the database file is locked by another program"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.status().messageText().contains("locked by another program"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("locked by another program");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        // the corpus still lists the letters, and the clerk can open one
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.corpus().table().getItems().isEmpty());
        robot.interact(() -> window.nextLetter());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft() != null);
        assertThat(window.session().draft().letterId()).isEqualTo(firstUnreviewed);
    }
}
