package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.store.Database;

/**
 * What every window test sets up around the window: the store and background threads the app would
 * give it, throwaway preferences (recent databases), and the teardown that closes the database on the
 * store thread after the writes queued there. Made in a test's {@code @Start}, closed after it.
 */
public final class WindowHarness {

    public final ExecutorService store = Executors.newSingleThreadExecutor();
    public final ExecutorService background = Executors.newCachedThreadPool();
    private final Preferences prefs = Preferences.userRoot().node("imr-test-" + UUID.randomUUID());
    public final RecentDatabases recent = new RecentDatabases(prefs);

    /** A new database under {@code dir} holding the first {@code letters} bundled sample letters. */
    public static Database sampleDatabase(Path dir, int letters) throws Exception {
        Database db = Database.open(dir.resolve(UUID.randomUUID() + "/imr"));
        java.util.List<Path> samples = org.imrworkstation.review.FileImport.writeSamples(
                dir.resolve(UUID.randomUUID().toString()));
        org.imrworkstation.review.FileImport.run(db, samples.subList(0, Math.min(letters, samples.size())),
                (d, t, f) -> { }, () -> false);
        return db;
    }

    public WindowContext context(Database db, String annotator, Consumer<Path> openOther) {
        return new WindowContext(db, annotator, Lexicon.defaults(), store, background, recent, Optional.empty(),
                openOther);
    }

    /** The review window on the database for annotator "clerk", shown and started as the app does. */
    public MainWindow show(Stage stage, Database db) {
        return show(stage, context(db, "clerk", p -> { }));
    }

    public static MainWindow show(Stage stage, WindowContext ctx) {
        return show(stage, ctx, null);
    }

    /** As the app starts it: with the first letter's read already under way (null: the window reads it). */
    public static MainWindow show(Stage stage, WindowContext ctx,
            java.util.concurrent.CompletableFuture<java.util.Optional<org.imrworkstation.store.StoredLetter>> first) {
        MainWindow window = new MainWindow(stage, ctx);
        stage.setScene(window.scene());
        stage.show();
        window.start(first);
        return window;
    }

    /** Saves what the window has pending, then {@link #close(Database)}. */
    public void close(MainWindow window, Database db) throws Exception {
        window.flush(10_000);
        close(db);
    }

    /** Closes the database on the store thread, then drops the preferences and the threads. */
    public void close(Database db) throws Exception {
        store.submit(db::close).get();
        prefs.removeNode();
        store.shutdownNow();
        background.shutdownNow();
    }
}
