package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.review.ReviewSession;
import org.imrworkstation.review.StoreQueue;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.LetterQuery;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.LetterSummary;
import org.imrworkstation.store.ReviewStatus;

/**
 * bench-ui: the review window's speed on a real window (run under a display or xvfb-run).
 * Opening a letter = request to the first frame drawn after it is shown (H2 read on the store
 * thread, styles, form); accept = key press to the write committed in H2 as the status bar learns
 * it; corpus = a filter change to its first page in the table, and scrolling to the end to the
 * next page appended. The database is used as it is: accepts are undone at the end.
 */
public final class UiBenchmark extends Application {

    public record Options(Path db, int letters, int accepts) {
    }

    private static volatile Options options;
    private static volatile List<String> report = List.of();

    private final ExecutorService store = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newCachedThreadPool();

    /** Runs the benchmark window and returns the report lines. */
    public static List<String> run(Options o) {
        options = o;
        Application.launch(UiBenchmark.class);
        return report;
    }

    @Override
    public void start(Stage stage) {
        Database db = Database.open(options.db());
        WindowContext ctx = new WindowContext(db, "bench-ui", Lexicon.defaults(), store, background,
                new RecentDatabases(java.util.prefs.Preferences.userRoot().node("imr-bench-ui")), Optional.empty(),
                p -> { });
        MainWindow w = new MainWindow(stage, ctx);
        stage.setScene(w.scene());
        stage.show();
        w.corpus().reload();
        List<Long> ids = new LetterStore(db).list(LetterQuery.ALL, 0, options.letters()).stream()
                .map(LetterSummary::id).toList();
        background.execute(() -> {
            List<String> lines = new ArrayList<>();
            try {
                lines.add(String.format(Locale.ROOT, "database: %s (%d letters)", db.file(),
                        new LetterStore(db).status().letters()));
                openLetters(w, ids, lines);
                accepts(w, ids, lines);
                corpus(w, lines);
            } catch (Exception e) {
                lines.add("bench-ui failed: " + e);
            }
            report = lines;
            w.flush(60_000);
            Platform.runLater(() -> {
                store.submit(db::close);
                store.shutdown();
                Platform.exit();
            });
        });
    }

    private void openLetters(MainWindow w, List<Long> ids, List<String> lines) throws Exception {
        List<Double> ms = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // the first round warms up
            ms.clear();
            ready.clear();
            for (long id : ids) {
                long t0 = System.nanoTime();
                CompletableFuture<Void> shown = new CompletableFuture<>();
                boolean[] seen = {false};
                Platform.runLater(() -> {
                    // registered after the window's own listener: runs once text, styles and form are set
                    Consumer<ReviewSession.Event> l = e -> {
                        if (e == ReviewSession.Event.LETTER && !seen[0]) {
                            seen[0] = true;
                            ready.add((System.nanoTime() - t0) / 1e6);
                            nextFrame(() -> shown.complete(null));
                        }
                    };
                    w.session().onChange(l);
                    w.session().open(id, msg -> shown.completeExceptionally(new IllegalStateException(msg)));
                });
                shown.get(30, TimeUnit.SECONDS);
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        lines.add(figure("open a letter: H2 read + styles + form set in the scene", ready));
        lines.add(figure("open a letter: the same to the next frame drawn", ms));
    }

    private void accepts(MainWindow w, List<Long> ids, List<String> lines) throws Exception {
        List<Double> ms = new ArrayList<>();
        List<Double> store = java.util.Collections.synchronizedList(new ArrayList<>());
        int undo = 0;
        for (int i = 0; i < options.accepts(); i++) {
            CompletableFuture<Void> saved = new CompletableFuture<>();
            long[] t0 = new long[1];
            Platform.runLater(() -> {
                StoreQueue q = w.queue();
                q.listener(new StoreQueue.Listener() {
                    public void pending(int writes) {
                        w.status().pending(writes);
                    }

                    public void saved(String label, long nanos) {
                        w.status().saved(label, nanos);
                        store.add(nanos / 1e6);
                        saved.complete(null);
                    }

                    public void failed(String label, String message) {
                        saved.completeExceptionally(new IllegalStateException(message));
                    }
                });
                if (w.session().unjudged() == 0) {
                    saved.complete(null); // nothing left to accept in this letter
                    return;
                }
                t0[0] = System.nanoTime();
                Event.fireEvent(w.letter().area(), new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false,
                        false, false, false));
            });
            saved.get(30, TimeUnit.SECONDS);
            if (t0[0] > 0) {
                ms.add((System.nanoTime() - t0[0]) / 1e6);
                undo++;
            }
        }
        lines.add(figure("accept: key press to saved in H2, as the status bar learns it", ms));
        lines.add(figure("accept: the write alone (queued to committed, store thread)", store));
        CompletableFuture<Void> undone = new CompletableFuture<>();
        int n = undo;
        Platform.runLater(() -> {
            for (int i = 0; i < n; i++) {
                w.session().undo(msg -> { });
            }
            undone.complete(null);
        });
        undone.get(30, TimeUnit.SECONDS);
        w.flush(60_000);
    }

    private void corpus(MainWindow w, List<String> lines) throws Exception {
        CorpusView c = w.corpus();
        List<LetterQuery> filters = List.of(LetterQuery.ALL, LetterQuery.ALL.withStatus(ReviewStatus.UNREVIEWED),
                LetterQuery.ALL.withDecision("PARTIAL"), LetterQuery.ALL.withDrug("baclofen"),
                LetterQuery.ALL.withDrug("acetaminophen/hydrocodone").withDecision("UPHELD"),
                LetterQuery.ALL.withStatus(ReviewStatus.VERIFIED));
        List<Double> first = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (LetterQuery q : filters) {
                long t0 = System.nanoTime();
                CompletableFuture<Void> done = new CompletableFuture<>();
                Platform.runLater(() -> {
                    c.apply(q);
                    whenLoaded(c, () -> nextFrame(() -> done.complete(null)));
                });
                done.get(60, TimeUnit.SECONDS);
                first.add((System.nanoTime() - t0) / 1e6);
            }
        }
        lines.add(figure("corpus filter change to first page shown (6 filters x 3)", first));
        List<Double> pages = new ArrayList<>();
        CompletableFuture<Void> reset = new CompletableFuture<>();
        Platform.runLater(() -> {
            c.apply(LetterQuery.ALL);
            whenLoaded(c, () -> reset.complete(null));
        });
        reset.get(60, TimeUnit.SECONDS);
        for (int i = 0; i < 25; i++) {
            long t0 = System.nanoTime();
            CompletableFuture<Integer> grown = new CompletableFuture<>();
            Platform.runLater(() -> {
                int before = c.table().getItems().size();
                c.table().scrollTo(before - 1);
                pollUntil(() -> c.table().getItems().size() > before || !c.hasMore(),
                        () -> nextFrame(() -> grown.complete(c.table().getItems().size())));
            });
            grown.get(60, TimeUnit.SECONDS);
            pages.add((System.nanoTime() - t0) / 1e6);
        }
        lines.add(figure("corpus scroll to the end to the next " + CorpusView.PAGE + " rows shown (25 pages)",
                pages));
        lines.add("corpus rows loaded after scrolling: " + c.table().getItems().size());
    }

    private static void whenLoaded(CorpusView c, Runnable then) {
        pollUntil(() -> !c.loading(), then);
    }

    /** Checks on each frame (on the FX thread) until the condition holds. */
    private static void pollUntil(java.util.function.BooleanSupplier cond, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (cond.getAsBoolean()) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static void nextFrame(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 1) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static String figure(String what, List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        if (s.isEmpty()) {
            return what + ": no samples";
        }
        double median = s.get(s.size() / 2);
        double p95 = s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.95) - 1));
        return String.format(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)", what, median, p95,
                s.get(s.size() - 1), s.size());
    }
}
