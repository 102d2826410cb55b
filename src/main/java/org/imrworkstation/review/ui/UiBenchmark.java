package org.imrworkstation.review.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.imrworkstation.extract.Lexicon;
import org.imrworkstation.review.Messages;
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

    public record Options(Path db, int letters, int opens, int pauseMs, int accepts) {
    }

    private static volatile Options options;
    private static volatile List<String> report = List.of();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ExecutorService store = Executors.newSingleThreadExecutor(r -> new Thread(r, "imr-store"));
    private final ExecutorService background = Executors.newCachedThreadPool();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private volatile long startedFirstLetter = -1;
    private volatile long startedCorpus = -1;
    private final CompletableFuture<MainWindow> ready = new CompletableFuture<>();

    /** Runs the benchmark window and returns the report lines. */
    public static List<String> run(Options o) {
        options = o;
        Application.launch(UiBenchmark.class);
        return report;
    }

    /**
     * As the app starts (ReviewApp): a placeholder shown at once, the database opened in the
     * background. (The start figure also holds the command line's parsing, which the app skips.)
     */
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("  Opening the database…"), 1440, 880));
        stage.show();
        background.execute(() -> {
            try {
                Database db = Database.open(options.db());
                // as ReviewApp does: the first letter read on the store thread while the window is built
                CompletableFuture<Optional<org.imrworkstation.store.StoredLetter>> first = CompletableFuture
                        .supplyAsync(() -> org.imrworkstation.review.NextLetter.first(new LetterStore(db)), store);
                Lexicon.defaults();
                ReviewApp.awaitBriefly(first);
                Platform.runLater(() -> show(stage, db, first));
            } catch (RuntimeException e) {
                report = List.of("bench-ui failed: " + Messages.of(e));
                Platform.runLater(Platform::exit);
            }
        });
    }

    private void show(Stage stage, Database db,
            CompletableFuture<Optional<org.imrworkstation.store.StoredLetter>> first) {
        WindowContext ctx = new WindowContext(db, "bench-ui", Lexicon.defaults(), store, background,
                new RecentDatabases(java.util.prefs.Preferences.userRoot().node("imr-bench-ui")), Optional.empty(),
                p -> { });
        MainWindow w = new MainWindow(stage, ctx);
        stage.setScene(w.scene());
        boolean[] once = {false};
        w.session().onChange(e -> {
            if (e == ReviewSession.Event.LETTER && !once[0]) {
                once[0] = true;
                nextFrame(() -> startedFirstLetter = uptime());
            }
        });
        pollUntil(() -> !w.corpus().loading() && !w.corpus().table().getItems().isEmpty(),
                () -> nextFrame(() -> startedCorpus = uptime()));
        w.start(first);
        background.execute(() -> run(w, db));
    }

    private void run(MainWindow w, Database db) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while ((startedFirstLetter < 0 || startedCorpus < 0) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            LetterStore letters = new LetterStore(db);
            long count = letters.status().letters();
            lines.add(String.format(Locale.ROOT, "database: %s (%d letters)", db.file(), count));
            lines.add(String.format(Locale.ROOT, "window start: JVM start to the first letter shown %d ms, "
                    + "to the corpus table's first page shown %d ms", startedFirstLetter, startedCorpus));
            lines.add("heap used after start (after GC): " + heapAfterGc());
            List<Long> ids = letters.list(LetterQuery.ALL, 0, options.letters()).stream()
                    .map(LetterSummary::id).toList();
            openLetters(w, ids);
            idle(w);
            if (options.accepts() > 0) {
                accepts(w, ids);
                corpus(w);
            }
            lines.add("heap used at the end (after GC, corpus scrolled): " + heapAfterGc());
        } catch (Exception e) {
            lines.add("bench-ui failed: " + e);
            for (StackTraceElement el : e.getStackTrace()) {
                if (el.getClassName().startsWith("org.imrworkstation")) {
                    lines.add("  at " + el); // which wait timed out
                }
            }
        }
        report = List.copyOf(lines);
        w.flush(60_000);
        Platform.runLater(() -> {
            store.submit(db::close);
            store.shutdown();
            Platform.exit();
        });
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static String heapAfterGc() {
        System.gc();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format(Locale.ROOT, "%.0f MB (committed %.0f MB, max %.0f MB)%s", heap.getUsed() / 1e6,
                heap.getCommitted() / 1e6, heap.getMax() / 1e6, residentSet());
    }

    /** The whole process's memory as the OS counts it (Linux; heap, metaspace, code, CDS, native). */
    private static String residentSet() {
        try {
            List<String> status = java.nio.file.Files.readAllLines(Path.of("/proc/self/status"));
            String now = status.stream().filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("");
            String peak = status.stream().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("");
            return String.format(Locale.ROOT, "; process resident %.0f MB, peak %.0f MB", kb(now) / 1e3, kb(peak) / 1e3);
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    private static double kb(String line) {
        return Double.parseDouble(line.replaceAll("[^0-9]", ""));
    }

    /**
     * Opens letters in turn, first by id (each read from H2 when asked for), then as Ctrl+N does (the
     * next unreviewed letter, read ahead while the clerk works). Wall times: request to text, styles
     * and form set; to the next layout pass done; to the renderer done drawing it. Because the machine
     * may be shared, also the CPU each thread spent per open: FX thread (our code, CSS, layout), the
     * renderer, the store thread (H2).
     */
    private void openLetters(MainWindow w, List<Long> ids) throws Exception {
        int warmup = Math.min(ids.size(), 15);
        timeOpens(w, "open a letter by id", warmup, n -> {
            long id = ids.get(n % ids.size());
            return (failed) -> w.session().open(id, failed);
        }, true);
        attribute(w, ids);
        timeOpens(w, "next unreviewed letter (Ctrl+N, read ahead)", 5, n -> failed -> w.nextLetter(), false);
    }

    private void timeOpens(MainWindow w, String what, int warmup,
            java.util.function.IntFunction<Consumer<Consumer<String>>> opener, boolean phases) throws Exception {
        long fx = fxThreadId();
        long storeId = store.submit(() -> Thread.currentThread().getId()).get();
        Thread renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        long render = renderer == null ? -1 : renderer.getId();
        List<Double> shownMs = new ArrayList<>();
        List<Double> laidOutMs = new ArrayList<>();
        List<Double> drawnMs = new ArrayList<>();
        List<Double> fxCpu = new ArrayList<>();
        List<Double> layoutCpu = new ArrayList<>();
        List<Double> renderCpu = new ArrayList<>();
        List<Double> storeCpu = new ArrayList<>();
        long[] layoutStart = {0};
        double[] layoutSum = {0};
        Runnable pre = () -> layoutStart[0] = THREADS.getCurrentThreadCpuTime();
        Runnable post = () -> layoutSum[0] += (THREADS.getCurrentThreadCpuTime() - layoutStart[0]) / 1e6;
        onFx(() -> {
            w.scene().addPreLayoutPulseListener(pre);
            w.scene().addPostLayoutPulseListener(post);
        });
        for (int n = 0; n < warmup + options.opens(); n++) {
            boolean measured = n >= warmup;
            if (n == warmup && phases) {
                onFx(() -> {
                    w.phases().clear();
                    w.phases().enable(true);
                });
            }
            Consumer<Consumer<String>> open = opener.apply(n);
            Thread.sleep(options.pauseMs());
            long fx0 = THREADS.getThreadCpuTime(fx);
            long r0 = render < 0 ? 0 : THREADS.getThreadCpuTime(render);
            long s0 = THREADS.getThreadCpuTime(storeId);
            long t0 = System.nanoTime();
            CompletableFuture<Double> shown = new CompletableFuture<>();
            CompletableFuture<Void> laidOut = new CompletableFuture<>();
            boolean[] seen = {false};
            Platform.runLater(() -> {
                layoutSum[0] = 0;
                // registered after the window's own listener: runs once text, styles and form are set
                Consumer<ReviewSession.Event> l = e -> {
                    if (e == ReviewSession.Event.LETTER && !seen[0]) {
                        seen[0] = true;
                        shown.complete((System.nanoTime() - t0) / 1e6);
                        afterLayout(w, () -> laidOut.complete(null));
                    }
                };
                w.session().onChange(l);
                open.accept(msg -> shown.completeExceptionally(new IllegalStateException(msg)));
            });
            double shownAt = shown.get(30, TimeUnit.SECONDS);
            laidOut.get(30, TimeUnit.SECONDS);
            double laidOutAt = (System.nanoTime() - t0) / 1e6;
            double drawnAt = (rendererIdle(renderer) - t0) / 1e6;
            // one frame more, so that nothing of this open is left for the next
            CompletableFuture<Void> drawn = new CompletableFuture<>();
            Platform.runLater(() -> nextFrame(() -> drawn.complete(null)));
            drawn.get(30, TimeUnit.SECONDS);
            if (measured) {
                shownMs.add(shownAt);
                laidOutMs.add(laidOutAt);
                drawnMs.add(Math.max(laidOutAt, drawnAt));
                fxCpu.add((THREADS.getThreadCpuTime(fx) - fx0) / 1e6);
                layoutCpu.add(layoutSum[0]);
                storeCpu.add((THREADS.getThreadCpuTime(storeId) - s0) / 1e6);
                if (render >= 0) {
                    renderCpu.add((THREADS.getThreadCpuTime(render) - r0) / 1e6);
                }
            }
        }
        onFx(() -> {
            w.phases().enable(false);
            w.scene().removePreLayoutPulseListener(pre);
            w.scene().removePostLayoutPulseListener(post);
        });
        lines.add(String.format(Locale.ROOT, "%s, %d ms after the last one was drawn%s:", what, options.pauseMs(),
                options.pauseMs() == 0 ? " (back to back)" : ""));
        lines.add(figure("  request to text, styles and form set (wall)", shownMs));
        lines.add(figure("  request to the next layout pass done (wall)", laidOutMs));
        lines.add(figure("  request to that frame drawn, renderer idle (wall)", drawnMs));
        lines.add(figure("  FX thread CPU, request to drawn", fxCpu));
        lines.add(figure("    of which CSS + layout passes (FX thread CPU)", layoutCpu));
        if (phases) {
            Map<String, List<Double>> p = new LinkedHashMap<>();
            onFx(() -> w.phases().samples().forEach((k, v) -> p.put(k, List.copyOf(v))));
            p.forEach((k, v) -> lines.add(figure("    of which " + k + " (FX thread CPU)", v)));
        }
        lines.add(figure("  renderer thread CPU", renderCpu));
        lines.add(figure("  store thread CPU (H2 read, flags, read-ahead)", storeCpu));
    }

    /**
     * When the renderer thread was last seen drawing, once it has been idle for a while. The frame a
     * layout pass produced is drawn by that thread after the pass; with software rendering that is
     * most of an open's cost on screen.
     */
    private static long rendererIdle(Thread renderer) throws InterruptedException {
        long last = System.nanoTime();
        if (renderer == null) {
            return last;
        }
        long quietSince = -1;
        long deadline = last + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            long now = System.nanoTime();
            if (renderer.getState() == Thread.State.RUNNABLE) {
                last = now;
                quietSince = -1;
            } else if (quietSince < 0) {
                quietSince = now;
            } else if (now - quietSince > TimeUnit.MILLISECONDS.toNanos(25)) {
                return last;
            }
            Thread.sleep(0, 500_000);
        }
        return last;
    }

    /**
     * Counts the scene's layout passes while nobody touches the window. A settled window has none; a
     * control that restyles itself on every pass keeps the window laying out and repainting each frame,
     * and every open then waits behind that frame.
     */
    private void idle(MainWindow w) throws Exception {
        Thread.sleep(1000);
        java.util.concurrent.atomic.AtomicInteger passes = new java.util.concurrent.atomic.AtomicInteger();
        Runnable count = passes::incrementAndGet;
        onFx(() -> w.scene().addPostLayoutPulseListener(count));
        long fx = fxThreadId();
        long cpu0 = THREADS.getThreadCpuTime(fx);
        Thread.sleep(3000);
        long cpu = THREADS.getThreadCpuTime(fx) - cpu0;
        onFx(() -> w.scene().removePostLayoutPulseListener(count));
        lines.add(String.format(Locale.ROOT, "idle window: %d layout passes in 3 s, FX thread CPU %.0f ms", passes.get(),
                cpu / 1e6));
    }

    /** Opens each letter once more with CSS and layout done region by region, to say which costs what. */
    private void attribute(MainWindow w, List<Long> ids) throws Exception {
        onFx(() -> {
            w.phases().clear();
            w.phases().enable(true);
        });
        for (int n = 0; n < Math.min(ids.size(), 30); n++) {
            long id = ids.get(n);
            CompletableFuture<Void> done = new CompletableFuture<>();
            boolean[] seen = {false};
            Platform.runLater(() -> {
                w.session().onChange(e -> {
                    if (e == ReviewSession.Event.LETTER && !seen[0]) {
                        seen[0] = true;
                        w.layoutByRegion();
                        nextFrame(() -> done.complete(null));
                    }
                });
                w.session().open(id, msg -> done.completeExceptionally(new IllegalStateException(msg)));
            });
            done.get(30, TimeUnit.SECONDS);
        }
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        onFx(() -> {
            w.phases().enable(false);
            w.phases().samples().forEach((k, v) -> {
                if (k.startsWith("css+layout")) {
                    phases.put(k, List.copyOf(v));
                }
            });
        });
        phases.forEach((k, v) -> lines.add(figure("attribution: " + k + " (FX thread CPU)", v)));
    }

    private static long fxThreadId() throws Exception {
        CompletableFuture<Long> id = new CompletableFuture<>();
        Platform.runLater(() -> id.complete(Thread.currentThread().getId()));
        return id.get(30, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            r.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }

    /** Runs once the next CSS and layout pass of the window's scene is done (on the FX thread). */
    private static void afterLayout(MainWindow w, Runnable then) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            w.scene().removePostLayoutPulseListener(self[0]);
            then.run();
        };
        w.scene().addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private void accepts(MainWindow w, List<Long> ids) throws Exception {
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

    private void corpus(MainWindow w) throws Exception {
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
