package org.imrworkstation.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.imrworkstation.check.FlagKind;
import org.imrworkstation.review.FileImport;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.FlagStore;
import org.imrworkstation.store.StoredFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checks' flags beside the form: shown for the open letter, a click shows the text, dismissed with a reason. */
@ExtendWith(ApplicationExtension.class)
class FlagsPaneWindowTest {

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
        Files.writeString(letter, "HOW THE IMR FINAL DETERMINATION WAS MADE\n"
                + "CLINICAL CASE SUMMARY\nThe patient takes Baclofen for spasm and Norco for pain.\n"
                + "IMR ISSUES, DECISIONS AND RATIONALES\n"
                + "Baclofen 100mg #30: Upheld\n"
                + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines.\n"
                + "Decision rationale: Baclofen is not indicated. The request is not medically necessary.\n"
                + "Norco 10/325mg 1 tab PO TID #90: Upheld\n"
                + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines.\n"
                + "Decision rationale: Norco has not helped. The request is not medically necessary.\n",
                StandardCharsets.UTF_8);
        FileImport.run(db, List.of(letter), (d, t, f) -> { }, () -> false);
        harness = new WindowHarness();
        window = harness.show(stage, db);
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close(window, db);
    }

    @Test
    void theLettersFlagIsShownAndDismissedWithAReason(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().draft() != null
                && !window.flags().list().getItems().isEmpty());
        StoredFlag shown = window.flags().list().getItems().get(0);
        assertThat(shown.kind()).isEqualTo(FlagKind.STRENGTH_IMPLAUSIBLE);
        assertThat(shown.message()).contains("100 mg", "baclofen");
        // the MED of the letter's opioid, as the clerk sees it under the checks: hydrocodone 10 mg x 3 a day
        assertThat(window.flags().medLine().getText()).startsWith("MED computed: 30 mg/day (");

        robot.interact(() -> window.flags().list().getSelectionModel().select(0));
        assertThat(window.flags().dismissButton().isDisabled()).isFalse();
        // fired later, not inside interact(): the reason dialog waits for an answer on the FX thread
        javafx.application.Platform.runLater(window.flags().dismissButton()::fire);
        // present is not enough on a loaded machine: the dialog's window must be showing before the click
        // (TestFX's own notion of visible, which clickOn needs)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".text-input-dialog .text-field")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(".text-input-dialog .text-field");
        robot.write("compounded: 100 mg is right");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.flags().list().getItems().isEmpty());
        long id = window.session().draft().letterId();
        StoredFlag stored = harness.store.submit(() -> new FlagStore(db).flags(id).get(0)).get();
        assertThat(stored.dismissed()).isTrue();
        assertThat(stored.dismissedBy()).isEqualTo("clerk");
        assertThat(stored.dismissReason()).isEqualTo("compounded: 100 mg is right");
    }
}
