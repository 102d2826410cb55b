package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.review.DatabaseOpening;
import org.imrworkstation.review.Exporter;
import org.imrworkstation.review.Messages;
import org.imrworkstation.review.NextLetter;
import org.imrworkstation.review.ReviewSession;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.StoredLetter;

/**
 * The JavaFX application. It is started by the launcher (which is not an Application, so that the
 * shaded jar runs on a plain JDK) once it knows the command line asks for the window.
 */
public final class ReviewApp extends Application {

    /**
     * What the command line said (database base path, annotator, an optional screenshot file, whether
     * a new database is to be encrypted) and what the launcher knows: the build's version and the log
     * file (null: none) for About and errors.
     */
    public record Options(Path db, String annotator, Path screenshot, boolean encrypt, String version, Path log) {
    }

    static Options options() {
        return options;
    }

    private static volatile Options options;

    private final ExecutorService storeThread = Executors.newSingleThreadExecutor(daemon("imr-store"));
    private final ExecutorService background = Executors.newCachedThreadPool(daemon("imr-background"));
    private Stage stage;
    private Database db;
    private MainWindow window;

    public static void launch(Options o) {
        options = o;
        Application.launch(ReviewApp.class);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        stage.setTitle("IMR Workstation");
        AppChrome.icons(stage);
        AppChrome.catchUnexpected(stage, options.log());
        RememberedPlacement placement = RememberedPlacement.forUser();
        placement.applyTo(stage);
        stage.setScene(new Scene(new Label("  Opening the database…")));
        stage.show();
        stage.setOnHidden(e -> {
            placement.remember(stage);
            Platform.exit();
        });
        openDatabase(options.db());
    }

    private void openDatabase(Path base) {
        Path previous = db == null ? null : db.base();
        MainWindow old = window;
        Database oldDb = db;
        window = null;
        background.execute(() -> {
            try {
                if (old != null) {
                    old.flush(30_000);
                    storeThread.submit(oldDb::close).get();
                }
                Database opened = new DatabaseOpening(System.getenv(),
                        (file, creating, problem) -> PasswordDialog.askFromBackground(stage, file, creating, problem))
                        .open(base, options.encrypt());
                // the first letter is read on the store thread while the FX thread builds the window
                CompletableFuture<Optional<StoredLetter>> first = CompletableFuture.supplyAsync(
                        () -> NextLetter.first(new LetterStore(opened)), storeThread);
                Lexicon.defaults(); // read from the jar here, not on the FX thread in show()
                awaitBriefly(first);
                Platform.runLater(() -> show(opened, first));
            } catch (Exception e) {
                String msg = Messages.of(e);
                Platform.runLater(() -> failedToOpen(msg, previous));
            }
        });
    }

    /**
     * Waits a little for the first letter, so that the window's first frame shows it: styling and
     * laying out the window and then the letter in a second frame costs more than both in one.
     * A slow read just shows the window first (the placeholder is up meanwhile).
     */
    static void awaitBriefly(CompletableFuture<?> first) {
        try {
            first.get(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // not read yet, or failed: the window shows it (or the error) when it comes
        }
    }

    private void show(Database opened, CompletableFuture<Optional<StoredLetter>> first) {
        db = opened;
        RecentDatabases recent = RecentDatabases.forUser();
        recent.opened(opened.base());
        WindowContext ctx = new WindowContext(opened, options.annotator(), Lexicon.defaults(), storeThread, background,
                recent, ServiceLoader.load(Exporter.class).findFirst(), this::switchTo);
        // the size the stage already has (the placeholder's or the previous database's window): where the
        // clerk left it, fitted to the screen (WindowPlacement)
        Scene now = stage.getScene();
        window = new MainWindow(stage, ctx, now.getWidth(), now.getHeight());
        stage.setScene(window.scene());
        if (options.screenshot() != null) {
            screenshotWhenShown(window);
        }
        window.start(first);
    }

    private void switchTo(Path file) {
        String name = file.getFileName().toString();
        Path base = name.endsWith(".mv.db") ? file.resolveSibling(name.substring(0, name.length() - 6)) : file;
        openDatabase(base);
    }

    private void failedToOpen(String message, Path previous) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText("The database cannot be opened");
        a.showAndWait();
        if (previous != null) {
            openDatabase(previous);
        } else {
            Platform.exit();
        }
    }

    private void screenshotWhenShown(MainWindow w) {
        Runnable shoot = () -> {
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
            settle.setOnFinished(e -> {
                try {
                    Screenshot.save(w.scene(), options.screenshot());
                    System.err.println("screenshot: " + options.screenshot());
                } catch (Exception ex) {
                    System.err.println("screenshot failed: " + Messages.of(ex));
                }
                Platform.exit();
            });
            settle.play();
        };
        boolean[] once = {false};
        w.session().onChange(ev -> {
            if (ev == ReviewSession.Event.LETTER && !once[0]) {
                once[0] = true;
                shoot.run();
            }
        });
        PauseTransition fallback = new PauseTransition(Duration.seconds(20));
        fallback.setOnFinished(e -> {
            if (!once[0]) {
                once[0] = true;
                shoot.run();
            }
        });
        fallback.play();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.flush(30_000);
        }
        if (db != null) {
            try {
                storeThread.submit(db::close).get();
            } catch (Exception ignored) {
                // closing on exit: H2 recovers an unclosed file on the next open
            }
        }
        storeThread.shutdown();
        background.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
