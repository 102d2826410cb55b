package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
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
 * A window nobody touches does no work. The span list once restyled a row on every layout pass,
 * which asked for the next pass: the window laid itself out and repainted 60 times a second while
 * the clerk read, and each new letter waited behind that frame. (That loop showed under X11 and
 * not under Monocle; bench-ui reports the idle passes on a real display. This test keeps any loop
 * that Monocle does show out.)
 */
@ExtendWith(ApplicationExtension.class)
class IdleWindowTest {

    @TempDir
    static Path tmp;

    WindowHarness harness;
    Database db;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        db = WindowHarness.sampleDatabase(tmp, Integer.MAX_VALUE);
        harness = new WindowHarness();
        window = harness.show(stage, db);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close(window, db);
    }

    @Test
    void anIdleWindowStopsLayingItselfOut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session().draft() != null
                && !window.spans().getItems().isEmpty() && !window.corpus().loading());
        long first = window.session().draft().letterId();
        // the letter with the most spans, so that the span list scrolls
        long most = window.corpus().table().getItems().stream()
                .max(java.util.Comparator.comparingInt(r -> r.summary().items())).orElseThrow().summary().id();
        robot.interact(() -> window.session().open(most, msg -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft().letterId() == most);
        robot.clickOn(robot.lookup("#span-list .list-cell").nth(3).queryAs(javafx.scene.Node.class));
        // the clerk picks a span in the list, then reads
        Thread.sleep(1500); // the open's own passes, the read-ahead, the flags
        WaitForAsyncUtils.waitForFxEvents();

        AtomicInteger passes = new AtomicInteger();
        Runnable count = passes::incrementAndGet;
        robot.interact(() -> window.scene().addPostLayoutPulseListener(count));
        Thread.sleep(1500);
        int idle = passes.get();
        robot.interact(() -> window.session().open(first, msg -> { }));
        Thread.sleep(500);
        robot.interact(() -> window.scene().removePostLayoutPulseListener(count));

        assertThat(window.spans().getItems()).hasSizeGreaterThan(20);
        // a pulse every frame would be ~90 here; a settled window has none, bar a stray event
        assertThat(idle).as("layout passes in 1.5 s of idleness").isLessThan(10);
        // and the count is real: opening a letter is seen
        assertThat(passes.get()).as("layout passes with an open").isGreaterThan(idle);
    }
}
