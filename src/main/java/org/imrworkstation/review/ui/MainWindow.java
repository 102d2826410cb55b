package org.imrworkstation.review.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.imrworkstation.review.DraftSpan;
import org.imrworkstation.review.Messages;
import org.imrworkstation.review.Evidence;
import org.imrworkstation.review.NextLetter;
import org.imrworkstation.review.Outcome;
import org.imrworkstation.review.Pace;
import org.imrworkstation.review.ReviewSession;
import org.imrworkstation.review.StoreQueue;
import org.imrworkstation.review.Stores;
import org.imrworkstation.store.LetterStore;
import org.imrworkstation.store.ReviewService;
import org.imrworkstation.store.ReviewStatus;
import org.imrworkstation.store.StoredLetter;

/**
 * The review window: corpus on the left, the letter in the middle, the form on the right, the
 * status bar below. It wires the views to one {@link ReviewSession}; the views hold no review logic.
 */
public final class MainWindow {

    private final Stage stage;
    private final WindowContext ctx;
    private final StoreQueue queue;
    private final ReviewSession session;
    private final Pace pace = new Pace(System::currentTimeMillis);
    private final LetterPane letter;
    private final FieldsForm fields;
    private final ItemsGrid items;
    private final SpanList spanList;
    private final FlagsPane flags;
    private final CorpusView corpus;
    private final StatusBar status;
    private final HelpOverlay help = new HelpOverlay();
    private final PhaseTimes phases = new PhaseTimes();
    private final Dialogs dialogs;
    private final Scene scene;
    private long verifiedToday;
    private boolean syncing;

    Stage stage() {
        return stage;
    }

    public MainWindow(Stage stage, WindowContext ctx) {
        this(stage, ctx, WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT);
    }

    /** With the scene at this size: the app passes the size the stage already has (WindowPlacement). */
    public MainWindow(Stage stage, WindowContext ctx, double width, double height) {
        this.stage = stage;
        this.ctx = ctx;
        queue = new StoreQueue(new Stores(new LetterStore(ctx.db()), new ReviewService(ctx.db(), ctx.annotator())),
                ctx.storeThread(), Platform::runLater);
        session = new ReviewSession(queue, ctx.lexicon(), System::currentTimeMillis);
        status = new StatusBar(ctx.annotator(), queue::retry);
        queue.listener(status);
        letter = new LetterPane(session, status::message, phases);
        fields = new FieldsForm(session, status::message, r -> letter.revealRange(r[0], r[1]));
        List<String> drugNames = ctx.lexicon().entries().stream().map(e -> e.name()).sorted().toList();
        items = new ItemsGrid(session, drugNames, status::message, this::itemSelected);
        spanList = new SpanList(session);
        corpus = new CorpusView(queue, row -> open(row.id()), status::message);
        corpus.onPageShown(this::syncCorpusRow);
        dialogs = new Dialogs(stage, session);
        flags = new FlagsPane(new org.imrworkstation.store.FlagStore(ctx.db()),
                new ReviewService(ctx.db(), ctx.annotator()), ctx.storeThread(), status::message,
                r -> letter.revealRange(r[0], r[1]), (t, p) -> dialogs.ask(t, p, ""));
        VBox form = new VBox(4, fields, flags, items, spanList);
        form.getStyleClass().add("review-form");
        VBox.setVgrow(items, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(spanList, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(corpus, letter, form);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.26, 0.61);
        BorderPane main = new BorderPane(split);
        main.setTop(new WindowMenus(this, ctx).bar());
        main.setBottom(status);
        StackPane root = new StackPane(main, help);
        scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("review.css").toExternalForm());
        ReviewKeys keys = new ReviewKeys(session, new KeysHost(this));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.handle(e, scene.getFocusOwner()));
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(dropped(e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of()));
            e.consume();
        });
        session.onChange(this::changed);
    }

    public Scene scene() {
        return scene;
    }

    public ReviewSession session() {
        return session;
    }

    public StoreQueue queue() {
        return queue;
    }

    FlagsPane flags() {
        return flags;
    }

    PhaseTimes phases() {
        return phases;
    }

    /**
     * bench-ui's attribution pass: CSS and layout of each region now, each timed, so that the pulse
     * that follows has little left and the figures say which region costs what.
     */
    void layoutByRegion() {
        phases.start();
        for (javafx.scene.Parent p : List.<javafx.scene.Parent>of(letter, fields, flags, items, spanList, corpus,
                status)) {
            p.applyCss();
            p.layout();
            phases.mark("css+layout " + p.getClass().getSimpleName());
        }
    }

    LetterPane letter() {
        return letter;
    }

    SpanList spans() {
        return spanList;
    }

    LetterPane letterPane() {
        return letter;
    }

    CorpusView corpus() {
        return corpus;
    }

    StatusBar status() {
        return status;
    }

    HelpOverlay help() {
        return help;
    }

    Dialogs dialogs() {
        return dialogs;
    }

    WindowContext context() {
        return ctx;
    }

    /** Fills the corpus, then opens the next unreviewed letter (or offers the samples to an empty database). */
    public void start() {
        start(null);
    }

    /**
     * As {@link #start()}, with the first letter already being read on the store thread (the app
     * starts that read as soon as the database is open, while this window is built and styled).
     */
    public void start(java.util.concurrent.CompletableFuture<java.util.Optional<StoredLetter>> firstRead) {
        focusText();
        // the first letter is read first, in one go: the corpus counts and the drug list behind it are
        // aggregates over every letter (seconds with 100,000 of them) and the clerk needs neither to begin
        if (firstRead == null) {
            org.imrworkstation.store.FlagStore flagStore = new org.imrworkstation.store.FlagStore(ctx.db());
            boolean byRisk = riskiestNext;
            queue.read(s -> byRisk ? NextLetter.riskiest(flagStore, 0).stream().boxed().findFirst()
                    .flatMap(s.letters()::load) : NextLetter.first(s.letters()), this::firstLetter, this::error);
        } else if (firstRead.isDone() && !firstRead.isCompletedExceptionally()) {
            firstLetter(firstRead.join()); // in the window's first frame, not a frame of its own after it
        } else {
            firstRead.whenComplete((first, failed) -> Platform.runLater(() -> {
                if (failed != null) {
                    error(Messages.of(failed instanceof java.util.concurrent.CompletionException c
                            && c.getCause() != null ? c.getCause() : failed));
                } else {
                    firstLetter(first);
                }
            }));
        }
        corpus.reload();
        refreshToday();
        queue.read(s -> s.letters().drugs().keySet().stream().toList(), corpus::drugChoices, status::message);
    }

    private void firstLetter(java.util.Optional<StoredLetter> first) {
        if (first.isPresent()) {
            if (session.draft() == null) {
                session.show(first.get());
            }
            return;
        }
        queue.read(s -> s.letters().status().letters(), n -> {
            if (n == 0) {
                dialogs.offerSamples(() -> importSamples());
            } else {
                status.message("no unreviewed letters left");
            }
        }, this::error);
    }

    void open(long letterId) {
        if (syncing || session.draft() != null && session.draft().letterId() == letterId) {
            return;
        }
        status.message("opening the letter…");
        session.open(letterId, this::error);
    }

    /** A span to make current once its letter has opened: {letterId, start, end} and its type. */
    private long[] target;
    private String targetType;

    /**
     * Opens the stored letter with this content hash (looked up through the store queue, so after
     * the writes queued so far) and makes the span of this type at [start, end) current; when the
     * letter has no such span now, the text is shown at those offsets.
     */
    public void openAt(String sha256, String type, int start, int end) {
        queue.read(s -> s.letters().idOf(sha256), id -> {
            if (id.isEmpty()) {
                error("that letter is no longer in the database");
                return;
            }
            stage.toFront();
            target = new long[] {id.getAsLong(), start, end};
            targetType = type;
            if (session.draft() != null && session.draft().letterId() == id.getAsLong()) {
                goToTarget();
            } else {
                open(id.getAsLong());
            }
        }, this::error);
    }

    private void goToTarget() {
        long[] t = target;
        target = null;
        if (t == null || session.draft() == null || session.draft().letterId() != t[0]) {
            return;
        }
        int start = (int) t[1];
        int end = (int) t[2];
        java.util.Optional<DraftSpan> span = session.draft().spans().stream()
                .filter(s -> s.start() == start && s.end() == end)
                .min(java.util.Comparator.comparing(s -> s.type().name().equals(targetType) ? 0 : 1));
        if (span.isPresent()) {
            if (!session.cursor().shown(span.get().type())) {
                status.message(span.get().type() + " spans are hidden in the legend");
            }
            session.select(span.get().ref());
        } else {
            letter.revealRange(start, end);
            status.message("no span at " + start + "–" + end + " in this letter now; the caret is there");
        }
    }

    /** Whether "next" means the riskiest unreviewed letter rather than the next in import order. */
    private boolean riskiestNext;

    void riskiestNext(boolean on) {
        riskiestNext = on;
    }

    void nextLetter() {
        long current = session.draft() == null ? 0 : session.draft().letterId();
        boolean byRisk = riskiestNext;
        OptionalLong ahead = byRisk ? OptionalLong.empty() : session.nextReadAhead();
        if (ahead.isPresent()) {
            open(ahead.getAsLong());
            return;
        }
        org.imrworkstation.store.FlagStore flagStore = new org.imrworkstation.store.FlagStore(ctx.db());
        queue.read(s -> byRisk ? NextLetter.riskiest(flagStore, current) : NextLetter.after(s, current),
                (OptionalLong next) -> {
            if (next.isPresent()) {
                open(next.getAsLong());
            } else {
                status.message("no unreviewed letters left");
            }
        }, this::error);
    }

    void verifyAndNext() {
        Outcome o = session.verify(false);
        if (o.needsConfirmation()) {
            if (!dialogs.confirm("Letter not finished", o.message(), "Accept the rest and verify")) {
                status.message("not verified: " + session.unjudged() + " suggestions to judge");
                return;
            }
            o = session.verify(true);
        }
        if (o.done()) {
            pace.verified();
            corpus.update(session.draft().letterId(), ReviewStatus.VERIFIED, ctx.annotator());
            corpus.refreshCounts();
            refreshToday();
            nextLetter();
        } else {
            show(o);
        }
    }

    void flag() {
        if (session.draft() == null) {
            return;
        }
        dialogs.ask("Flag this letter", "What is wrong with it?", session.draft().comment()).ifPresent(c -> {
            Outcome o = session.flag(c);
            if (o.done()) {
                corpus.update(session.draft().letterId(), ReviewStatus.FLAGGED, ctx.annotator());
                corpus.refreshCounts();
                status.message("flagged");
            }
        });
    }

    void undo() {
        show(session.undo(this::error));
    }

    void redo() {
        show(session.redo(this::error));
    }

    void show(Outcome o) {
        status.message(o.done() ? "" : o.message());
    }

    void error(String message) {
        status.message(message);
        ImportDialog.error(stage, message);
    }

    /** Files or folders dropped on the window are imported like File > Import. */
    boolean dropped(List<java.io.File> files) {
        importPaths(files.stream().map(java.io.File::toPath).toList());
        return !files.isEmpty();
    }

    void importPaths(List<java.nio.file.Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        ImportDialog.run(stage, ctx.db(), paths, ctx.background(), r -> {
            session.forgetReadAhead();
            corpus.reload();
            focusText();
            if (session.draft() == null) {
                nextLetter();
            }
        });
    }

    void importSamples() {
        java.nio.file.Path dir = ctx.db().base().resolveSibling("samples");
        ctx.background().execute(() -> {
            try {
                List<java.nio.file.Path> files = org.imrworkstation.review.FileImport.writeSamples(dir);
                Platform.runLater(() -> importPaths(files));
            } catch (java.io.IOException | RuntimeException e) {
                Platform.runLater(() -> error("cannot write the sample letters to " + dir + ": "
                        + org.imrworkstation.review.Messages.of(e)));
            }
        });
    }

    private void refreshToday() {
        java.time.OffsetDateTime midnight = LocalDate.now().atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
        queue.read(s -> s.letters().verifiedSince(midnight, ctx.annotator()), n -> {
            verifiedToday = n;
            status.today(verifiedToday, pace.perHour());
        }, status::message);
    }

    private void changed(ReviewSession.Event e) {
        if (e == ReviewSession.Event.LETTER) {
            phases.start();
            status.message("");
            pace.letterOpened();
            letter.show(session.draft());
            flags.show(session.draft().letterId());
            phases.mark("flags (queued)");
            fields.refresh();
            phases.mark("fields form");
            items.refresh();
            phases.mark("items grid");
            spanList.refresh();
            phases.mark("span list");
            corpus.letterOpened();
            syncCorpusRow();
            stage.setTitle(session.draft().fileName() + " — IMR Workstation — " + ctx.db().file());
            status.today(verifiedToday, pace.perHour());
            // browsing the corpus table with the arrow keys keeps the focus there; the review keys work anyway
            if (!inCorpusTable(scene.getFocusOwner())) {
                focusText();
            }
            phases.mark("corpus row, title, status");
            // queued behind the flags' read, so it never delays what the clerk is looking at
            session.readAhead();
            if (target != null) {
                followCurrent();
                goToTarget();
                return;
            }
        } else if (e == ReviewSession.Event.CONTENT) {
            letter.restyle();
            fields.refresh();
            items.refresh();
            spanList.refresh();
        } else {
            letter.restyle();
            spanList.followCurrent();
        }
        followCurrent();
        if (e == ReviewSession.Event.LETTER) {
            phases.mark("follow current span");
        }
    }

    /**
     * The open letter's row selected in the corpus and "letter n of N" in the status bar; again when a
     * page arrives, since at start the first letter is shown before the corpus's first page.
     */
    private void syncCorpusRow() {
        if (session.draft() == null) {
            return;
        }
        int i = corpus.indexOf(session.draft().letterId());
        syncing = true;
        try {
            if (i >= 0 && corpus.table().getSelectionModel().getSelectedIndex() != i) {
                corpus.table().getSelectionModel().clearAndSelect(i);
                corpus.reveal(i);
            }
        } finally {
            syncing = false;
        }
        status.position(i + 1, corpus.ofHowMany());
    }

    /** The form follows the text: the current span's item row and field are marked, the span shown. */
    private void followCurrent() {
        session.current().ifPresentOrElse(s -> {
            letter.reveal();
            items.selectFor(session.draft(), s.start());
            fields.mark(Evidence.field(session.draft(), s).orElse(null));
            status.span(describe(s));
        }, () -> status.span(""));
    }

    private void itemSelected(org.imrworkstation.review.DraftItem item) {
        var d = session.draft();
        var evidence = Evidence.span(d, item, org.imrworkstation.review.ItemColumn.DRUG)
                .or(() -> Evidence.span(d, item, org.imrworkstation.review.ItemColumn.DECISION));
        if (evidence.isPresent()) {
            session.select(evidence.get().ref());
        } else if (item.item().evidenceStart() != null) {
            letter.revealRange(item.item().evidenceStart(), item.item().evidenceEnd());
        }
    }

    private boolean inCorpusTable(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == corpus.table()) {
                return true;
            }
        }
        return false;
    }

    void focusText() {
        Node area = letter.area();
        if (area.getScene() == null) {
            // before the window's first CSS pass the SplitPane has not put its panes into the scene, so
            // a focus request now is dropped and JavaFX would give the focus to the first text box
            // it finds (the corpus's drug filter, where the review keys would type)
            focusWhenInScene(area);
            return;
        }
        area.requestFocus();
    }

    private boolean focusPending;

    private void focusWhenInScene(Node area) {
        if (focusPending) {
            return;
        }
        focusPending = true;
        area.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    area.sceneProperty().removeListener(this);
                    focusPending = false;
                    // after this pulse's focus clean-up, which would otherwise pick the first text box
                    Platform.runLater(area::requestFocus);
                }
            }
        });
    }

    private static String describe(DraftSpan s) {
        return s.type() + " \"" + s.text().replaceAll("\\s+", " ") + "\" → " + (s.value() == null ? "—" : s.value())
                + " (" + s.state().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /** Waits for the writes still queued (closing, switching database). */
    public boolean flush(long millis) {
        try {
            return queue.awaitIdle(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
