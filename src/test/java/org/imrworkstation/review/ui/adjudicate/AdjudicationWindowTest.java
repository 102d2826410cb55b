package org.imrworkstation.review.ui.adjudicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrworkstation.export.agreement.TwoAnnotators;
import org.imrworkstation.record.Decision;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.review.ui.WindowContext;
import org.imrworkstation.review.ui.WindowHarness;
import org.imrworkstation.store.Assignments;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
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
 * The adjudication view on a real H2 file: ana and bob annotated a letter differently (through the
 * services); the lead sees both copies and the four disagreements, takes A's span, B's item, types
 * the age, takes A's sex (which verifies the letter), and undoes the last two choices.
 */
@ExtendWith(ApplicationExtension.class)
class AdjudicationWindowTest {

    @TempDir
    static Path tmp;

    WindowHarness harness;

    Database db;
    TwoAnnotators two;
    AdjudicationWindow window;
    String originalAge;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(tmp.resolve(UUID.randomUUID() + "/imr"));
        two = new TwoAnnotators(db, tmp.resolve(UUID.randomUUID().toString()));
        originalAge = new LetterStore(db).load(two.letterId).orElseThrow().field("patient_age").value();
        // a second letter, assigned but not annotated yet: listed as not done, with no disagreements
        Path second = tmp.resolve(UUID.randomUUID() + "/second.txt");
        Files.createDirectories(second.getParent());
        Files.writeString(second, TwoAnnotators.LETTER.replace("Baclofen", "Tizanidine"), StandardCharsets.UTF_8);
        FileImport.run(db, List.of(second), (d, t, f) -> { }, () -> false);
        new Assignments(db).assign(1.0, "ana", "bob", "second", 2);

        harness = new WindowHarness();
        WindowContext ctx = harness.context(db, "lead", p -> { });
        stage.setScene(new Scene(new Label("review window"), 200, 100));
        stage.show();
        window = new AdjudicationWindow(stage, ctx, () -> { });
        window.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        // the window must not outlive the test: the next test class shares the FX toolkit and its focus
        WaitForAsyncUtils.asyncFx(() -> window.stage().hide()).get(10, TimeUnit.SECONDS);
        harness.store.submit(() -> { }).get(10, TimeUnit.SECONDS);
        harness.close(db);
    }

    StoredLetter main() throws Exception {
        return harness.store.submit(() -> new LetterStore(db).load(two.letterId).orElseThrow()).get();
    }

    AdjudicationView view() {
        return window.view();
    }

    void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void press(FxRobot robot, int row, KeyCode key) {
        robot.interact(() -> {
            view().table().getSelectionModel().clearAndSelect(row);
            view().table().requestFocus();
        });
        robot.type(key);
    }

    boolean settled(int row) {
        return view().table().getItems().get(row).settled();
    }

    @Test
    void bothVersionsTheDisagreementsChoicesAndUndo(FxRobot robot) throws Exception {
        waitUntil(() -> view().letters().getItems().size() == 2
                && view().letters().getItems().stream().allMatch(r -> r.disagreements.get() >= 0)
                && view().table().getItems().size() == 4);
        LetterRow first = view().letters().getItems().get(0);
        LetterRow second = view().letters().getItems().get(1);
        assertThat(first.letter.letterId()).isEqualTo(two.letterId);
        assertThat(first.disagreements.get()).isEqualTo(4);
        assertThat(first.letter.bothDone()).isTrue();
        assertThat(second.disagreements.get()).isZero();
        assertThat(LetterRow.status(second.letter.a(), second.letter.aStatus())).isEqualTo("ana not started");
        assertThat(view().summary().getText()).contains("4 disagreements, 0 settled");

        // both sides: the same text; ana's rejected "Baclofen" struck through, bob's a live DRUG; both boxed
        int drug = TwoAnnotators.SUMMARY_DRUG;
        assertThat(view().paneA().area().getText()).isEqualTo(TwoAnnotators.LETTER);
        assertThat(view().paneB().area().getText()).isEqualTo(TwoAnnotators.LETTER);
        assertThat(view().paneA().area().getStyleOfChar(drug)).contains("t-drug", "s-rejected", "disagree");
        assertThat(view().paneB().area().getStyleOfChar(drug)).contains("t-drug", "disagree")
                .doesNotContain("s-rejected", "settled");
        assertThat(view().table().getItems()).extracting(DisagreementRow::a).containsExactly(
                "(none)", "decision OVERTURNED", "52", "M");
        assertThat(view().table().getItems()).extracting(DisagreementRow::b).containsExactly(
                "DRUG «Baclofen» = baclofen", "decision UPHELD", "25", "(not stated)");
        assertThat(view().table().getItems()).extracting(DisagreementRow::finalIs).containsOnly("open");

        press(robot, 0, KeyCode.DIGIT1);                      // A: no span there
        waitUntil(() -> settled(0));
        assertThat(view().paneB().area().getStyleOfChar(drug)).contains("disagree", "settled");
        press(robot, 1, KeyCode.DIGIT2);                      // B: item 1 upheld
        waitUntil(() -> settled(1));
        press(robot, 2, KeyCode.E);                           // the lead's own age
        waitUntil(() -> robot.lookup(".text-input-dialog .text-field").match(org.testfx.util.NodeQueryUtils.isVisible())
                .tryQuery().isPresent());
        TextField value = robot.lookup(".text-input-dialog .text-field").queryAs(TextField.class);
        assertThat(value.getText()).isEqualTo("52");
        robot.interact(value::clear);
        robot.clickOn(value).write("53").type(KeyCode.ENTER);
        waitUntil(() -> settled(2));

        StoredLetter m = main();
        assertThat(m.spans().stream().filter(s -> s.start() == drug)).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(State.REJECTED));
        assertThat(m.items().get(0).item().decision()).isEqualTo(Decision.UPHELD);
        assertThat(m.items().get(0).state()).isEqualTo(State.ACCEPTED);
        assertThat(m.field("patient_age").value()).isEqualTo("53");
        assertThat(m.field("patient_sex").state()).isEqualTo(State.SUGGESTED);
        assertThat(m.review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(view().table().getItems()).extracting(DisagreementRow::finalIs)
                .containsExactly("A", "B", "edited", "open");
        assertThat(view().table().getSelectionModel().getSelectedIndex()).isEqualTo(3);

        robot.type(KeyCode.DIGIT1);                            // A's sex, the last one: verified
        waitUntil(() -> settled(3));
        m = main();
        assertThat(m.field("patient_sex").value()).isEqualTo("M");
        assertThat(m.review().status()).isEqualTo(ReviewStatus.VERIFIED);
        assertThat(m.review().annotator()).isEqualTo("lead");
        assertThat(view().summary().getText()).contains("4 settled", "verified");
        assertThat(first.adjudicated()).isTrue();
        assertThat(m.spans()).filteredOn(s -> s.start() != drug).allMatch(s -> s.state() == State.SUGGESTED);

        // undo: the sex and the verification together, then the age
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !settled(3));
        m = main();
        assertThat(m.review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(m.field("patient_sex").state()).isEqualTo(State.SUGGESTED);
        assertThat(m.field("patient_age").value()).isEqualTo("53");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !settled(2));
        m = main();
        assertThat(m.field("patient_age").value()).isEqualTo(originalAge);
        assertThat(m.field("patient_age").state()).isEqualTo(State.SUGGESTED);
        assertThat(m.items().get(0).item().decision()).isEqualTo(Decision.UPHELD);
        assertThat(view().summary().getText()).contains("2 settled");
    }

    @Test
    void takingBsSpanUndoingItAndTheKeysCard(FxRobot robot) throws Exception {
        waitUntil(() -> view().table().getItems().size() == 4);
        // B's version of the stretch is the main set's suggestion: taking it accepts the suggestion
        press(robot, 0, KeyCode.DIGIT2);
        waitUntil(() -> settled(0));
        assertThat(main().spans().stream().filter(s -> s.start() == TwoAnnotators.SUMMARY_DRUG)).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(State.ACCEPTED));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !settled(0));
        assertThat(main().spans().stream().filter(s -> s.start() == TwoAnnotators.SUMMARY_DRUG)).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(State.SUGGESTED));
        // F1 shows the keys, with the adjudication section; any key closes them
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Adjudication (Gold > Adjudicate…)").tryQuery()).isPresent();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isFalse();

        // Shift+1: ana's whole version, verified; one Ctrl+Z takes all of it back
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT1).release(KeyCode.SHIFT);
        waitUntil(() -> view().summary().getText().contains("verified"));
        StoredLetter m = main();
        assertThat(m.review().status()).isEqualTo(ReviewStatus.VERIFIED);
        assertThat(m.field("patient_age").value()).isEqualTo("52");
        assertThat(m.field("patient_sex").value()).isEqualTo("M");
        assertThat(m.items().get(0).item().decision()).isEqualTo(Decision.OVERTURNED);
        assertThat(m.spans().stream().filter(s -> s.start() == TwoAnnotators.SUMMARY_DRUG)).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(State.REJECTED));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> view().summary().getText().contains("0 settled"));
        m = main();
        assertThat(m.review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(m.field("patient_age").value()).isEqualTo(originalAge);
        assertThat(m.spans()).allMatch(s -> s.state() == State.SUGGESTED);
        assertThat(m.items()).allMatch(i -> i.state() == State.SUGGESTED);
    }
}
