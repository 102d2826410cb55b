package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrworkstation.review.DraftItem;
import org.imrworkstation.review.DraftSpan;
import org.imrworkstation.review.Evidence;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.review.ItemColumn;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.State;
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
 * The window on a real H2 file with three bundled sample letters, driven by key presses and clicks
 * (headless through Monocle; see the Surefire settings in pom.xml).
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {

    @TempDir
    static Path tmp;

    WindowHarness harness;

    Database db;
    Path dbPath;
    LetterStore letters;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dbPath = tmp.resolve(UUID.randomUUID() + "/imr");
        db = Database.open(dbPath);
        FileImport.run(db, FileImport.writeSamples(tmp.resolve("samples")).subList(0, 3), (d, t, f) -> { },
                () -> false);
        letters = new LetterStore(db);
        harness = new WindowHarness();
        window = harness.show(stage, db);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close(window, db);
    }

    void letterShown() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void saved() {
        assertThat(window.flush(10_000)).as("writes saved").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    StoredLetter stored() {
        return letters.load(window.session().draft().letterId()).orElseThrow();
    }

    DraftSpan current() {
        return window.session().current().orElseThrow();
    }

    @Test
    void tabAcceptRejectAndUndoReachTheDatabase(FxRobot robot) throws Exception {
        letterShown();
        DraftSpan first = current();
        robot.type(KeyCode.TAB);
        DraftSpan second = current();
        assertThat(second.ref()).isNotSameAs(first.ref());
        robot.type(KeyCode.A);
        DraftSpan third = current();
        robot.type(KeyCode.X);
        saved();
        assertThat(stored().span(second.ref().id()).state()).isEqualTo(State.ACCEPTED);
        assertThat(stored().span(third.ref().id()).state()).isEqualTo(State.REJECTED);
        assertThat(stored().span(third.ref().id()).reason()).isEqualTo(Reason.SPURIOUS);
        assertThat(stored().span(first.ref().id()).state()).isEqualTo(State.SUGGESTED);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        saved();
        assertThat(stored().span(third.ref().id()).state()).isEqualTo(State.SUGGESTED);
        assertThat(stored().span(second.ref().id()).state()).isEqualTo(State.ACCEPTED);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        saved();
        assertThat(stored().span(third.ref().id()).state()).isEqualTo(State.REJECTED);
        assertThat(window.status().savedText()).isEqualTo("saved");
    }

    @Test
    void everythingDoneInTheWindowIsThereAfterTheDatabaseIsReopened(FxRobot robot) throws Exception {
        letterShown();
        long letterId = window.session().draft().letterId();
        DraftSpan accepted = current();
        robot.type(KeyCode.A);
        DraftSpan widened = current();
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT); // start one character earlier
        robot.type(KeyCode.TAB);
        DraftSpan rejected = current();
        robot.type(KeyCode.X);
        saved();

        harness.store.submit(db::close).get();
        db = Database.open(dbPath); // a new connection to the file: what a restart would see
        StoredLetter again = new LetterStore(db).load(letterId).orElseThrow();
        assertThat(again.span(accepted.ref().id()).state()).isEqualTo(State.ACCEPTED);
        assertThat(again.span(widened.ref().id()).start()).isEqualTo(widened.start() - 1);
        assertThat(again.span(widened.ref().id()).reason()).isEqualTo(Reason.BOUNDARY);
        assertThat(again.span(widened.ref().id()).text())
                .isEqualTo(again.text().substring(widened.start() - 1, widened.end()));
        assertThat(again.span(rejected.ref().id()).state()).isEqualTo(State.REJECTED);
        assertThat(new org.imrworkstation.store.ReviewService(db, "clerk").history(letterId))
                .extracting(org.imrworkstation.store.ChangeEntry::action).contains("ACCEPT", "REJECT");
    }

    @Test
    void verifyAsksWhileSuggestionsAreUnjudged(FxRobot robot) throws Exception {
        letterShown();
        long letterId = window.session().draft().letterId();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("not judged yet");
        robot.clickOn((Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        saved();
        assertThat(letters.load(letterId).orElseThrow().review().status()).isEqualTo(ReviewStatus.UNREVIEWED);

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane again = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(again.getButtonTypes().stream().filter(b -> b.getText().startsWith("Accept"))
                .map(b -> (Button) again.lookupButton(b)).findFirst().orElseThrow());
        saved();
        StoredLetter verified = letters.load(letterId).orElseThrow();
        assertThat(verified.review().status()).isEqualTo(ReviewStatus.VERIFIED);
        assertThat(verified.spans()).noneMatch(s -> s.state() == State.SUGGESTED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft().letterId() != letterId);
    }

    @Test
    void aFieldTypedInTheFormIsSavedAnInvalidOneIsNotAndUndoRestoresIt(FxRobot robot) throws Exception {
        letterShown();
        String before = stored().field("patient_age") == null ? null : stored().field("patient_age").value();
        robot.clickOn("#field-patient_age");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("61").type(KeyCode.ENTER);
        saved();
        assertThat(stored().field("patient_age").value()).isEqualTo("61");
        assertThat(window.session().draft().fields().get("patient_age")).isEqualTo("61");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("461").type(KeyCode.ENTER);
        saved();
        assertThat(stored().field("patient_age").value()).as("an age out of range is not saved").isEqualTo("61");
        assertThat(window.status().messageText()).contains("Age").contains("not saved");

        robot.interact(() -> window.focusText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        saved();
        String after = stored().field("patient_age") == null ? null : stored().field("patient_age").value();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void itemQuantityEditedInTheGridIsSaved(FxRobot robot) throws Exception {
        letterShown();
        TableView<DraftItem> grid = robot.lookup("#items-grid").queryTableView();
        DraftItem item = grid.getItems().get(0);
        robot.interact(() -> {
            grid.requestFocus();
            grid.edit(0, grid.getColumns().get(ItemColumn.QUANTITY.ordinal()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#item-editor").queryAs(javafx.scene.control.TextField.class);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("75").type(KeyCode.ENTER);
        saved();
        assertThat(stored().items().get(0).item().quantity()).isEqualTo(75);
        assertThat(stored().items().get(0).state()).isEqualTo(State.EDITED);
        assertThat(window.session().draft().item(item.ref()).orElseThrow().item().quantity()).isEqualTo(75);
        // the evidence span follows the form
        DraftSpan qty = Evidence.span(window.session().draft(), window.session().draft().item(item.ref())
                .orElseThrow(), ItemColumn.QUANTITY).orElseThrow();
        assertThat(stored().span(qty.ref().id()).value()).isEqualTo("75");
    }

    @Test
    void clickingAHighlightSelectsItsSpanAndItemRow(FxRobot robot) throws Exception {
        letterShown();
        DraftItem item = window.session().draft().items().get(1);
        DraftSpan drug = Evidence.span(window.session().draft(), item, ItemColumn.DRUG).orElseThrow();
        robot.interact(() -> window.letter().revealRange(drug.start(), drug.end()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = WaitForAsyncUtils.asyncFx(() -> window.letter().area()
                .getCharacterBoundsOnScreen(drug.start(), drug.start() + 1).orElseThrow()).get();
        robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current().ref()).isSameAs(drug.ref());
        TableView<DraftItem> grid = robot.lookup("#items-grid").queryTableView();
        assertThat(grid.getSelectionModel().getSelectedItem().ref()).isSameAs(item.ref());
    }

    @Test
    void typeKeysRetypeAndAddSpansWithTheirReasons(FxRobot robot) throws Exception {
        letterShown();
        DraftSpan span = current();
        robot.type(KeyCode.DIGIT6); // PAIN_SCORE
        saved();
        assertThat(stored().span(span.ref().id()).reason()).isEqualTo(Reason.TYPE);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        saved();
        assertThat(stored().span(span.ref().id()).start()).isEqualTo(span.start() + 1);

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isFalse();
        List<DraftSpan> before = window.session().draft().spans();
        assertThat(before).isNotEmpty();
    }

    @Test
    void slashFindsTextAndATypeKeyMakesTheMatchASpan(FxRobot robot) throws Exception {
        letterShown();
        String text = window.session().draft().text();
        int lumbars = TextSearchCount.of(text, "lumbar");
        assertThat(lumbars).as("the sample letter mentions the lumbar spine").isGreaterThanOrEqualTo(2);
        robot.type(KeyCode.SLASH);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField field = robot.lookup("#find-field").queryAs(javafx.scene.control.TextField.class);
        assertThat(field.getParent().isVisible() && field.isFocused()).as("the find bar is open, ready to type in").isTrue();
        assertThat(field.getText()).as("the slash that opened it is not in the query").isEmpty();
        robot.write("LUMBAR");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        int[] sel = window.letterPane().selection();
        assertThat(sel).isNotNull();
        assertThat(text.substring(sel[0], sel[1])).isEqualToIgnoringCase("lumbar");
        assertThat(text.toLowerCase().indexOf("lumbar")).isEqualTo(sel[0]);
        assertThat(robot.lookup("#find-count").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("1 of " + lumbars);
        assertThat(window.scene().getFocusOwner()).as("the keyboard is back in the text").isSameAs(window.letterPane().area());

        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        int[] second = window.letterPane().selection();
        assertThat(second[0]).isGreaterThan(sel[0]);
        assertThat(robot.lookup("#find-count").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("2 of " + lumbars);
        robot.type(KeyCode.DIGIT1);
        saved();
        assertThat(stored().spans()).anySatisfy(sp -> {
            assertThat(sp.start()).isEqualTo(second[0]);
            assertThat(sp.end()).isEqualTo(second[1]);
            assertThat(sp.type()).isEqualTo(SpanType.DRUG);
            assertThat(sp.reason()).isEqualTo(Reason.MISSED);
        });

        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.letterPane().selection()[0]).isEqualTo(sel[0]);

        robot.type(KeyCode.SLASH);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getText()).isEqualTo("LUMBAR");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getParent().isVisible()).as("Esc in the bar closes it").isFalse();
        assertThat(window.scene().getFocusOwner()).isSameAs(window.letterPane().area());

        long before = window.session().draft().letterId();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft().letterId() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#find-count").queryAs(javafx.scene.control.Label.class).getText())
                .as("another letter: the last letter's match count is gone").isEmpty();
    }

    /** How many times the word stands in the text, whatever its case (counted here, not by the code under test). */
    static final class TextSearchCount {
        static int of(String text, String word) {
            int n = 0;
            String lower = text.toLowerCase();
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                n++;
            }
            return n;
        }
    }
}
