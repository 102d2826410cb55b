package org.imrworkstation.review.ui;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.imrworkstation.extract.Extractor;

/**
 * What makes the window the app's own: its icons, the About box, and a dialog for an error nobody
 * expected (with where the log is) instead of a window that silently stops working.
 */
final class AppChrome {

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppChrome() {
    }

    static void icons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = AppChrome.class.getResourceAsStream(
                    "/org/imrworkstation/app/icons/imr-workstation-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon that cannot be read leaves the platform's default; nothing else depends on it
            }
        }
    }

    static String aboutText(String version, Path log) {
        return "IMR Workstation " + version + "\n"
                + "Extractor " + Extractor.VERSION + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version")
                + "\n\nReview of California workers' compensation IMR determination letters.\n"
                + "Everything stays on this computer.\n\n"
                + "Log: " + (log == null ? "none (the data folder is not writable)" : log);
    }

    static void about(Stage owner, String version, Path log) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, aboutText(version, log));
        a.initOwner(owner);
        a.setTitle("About IMR Workstation");
        a.setHeaderText("IMR Workstation " + version);
        a.showAndWait();
    }

    /** The words shown for an unexpected error: what happened, that work is saved, where the log is. */
    static String unexpectedText(Throwable e, Path log) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Something went wrong that the workstation did not expect:\n" + what.strip() + "\n\n"
                + "Your corrections are saved as you make them. If this happens again, send the log to support:\n"
                + (log == null ? "(no log file: the data folder is not writable)" : log.toString());
    }

    /** From now on an exception thrown on the FX thread is logged and shown, not swallowed. */
    static void catchUnexpected(Stage owner, Path log) {
        Thread.UncaughtExceptionHandler logged = Thread.getDefaultUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            if (logged != null) {
                logged.uncaughtException(t, e);
            }
            Platform.runLater(() -> {
                Alert a = new Alert(Alert.AlertType.ERROR, unexpectedText(e, log));
                a.initOwner(owner);
                a.setHeaderText("Unexpected error");
                a.show();
            });
        });
    }
}
