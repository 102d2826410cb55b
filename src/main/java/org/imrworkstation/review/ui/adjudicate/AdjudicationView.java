package org.imrworkstation.review.ui.adjudicate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.fxmisc.richtext.model.StyleSpans;
import org.imrworkstation.export.agreement.Adjudicator;
import org.imrworkstation.export.agreement.Disagreement;
import org.imrworkstation.export.agreement.LetterAdjudication;
import org.imrworkstation.review.Messages;
import org.imrworkstation.review.TextHeadings;
import org.imrworkstation.store.Assignments;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.StoredLetter;
import org.imrworkstation.store.StoredSpan;

/**
 * The lead's adjudication of double-annotated letters: the letters on the left, the two copies side
 * by side, the disagreements below. Every choice goes through the {@link Adjudicator} on the store
 * thread (logged, undoable); the view keeps only what the store cannot tell it: which choices made
 * no change (taking "no span" where the main set has none) and how many changes each choice made,
 * so that one Ctrl+Z takes back one choice.
 */
public final class AdjudicationView extends BorderPane {

    /** One choice, as undo needs it. */
    private record Done(long letterId, int changes, String decidedWithoutChange) {
    }

    private final Database db;
    private final Adjudicator adjudicator;
    private final Executor storeThread;
    private final Executor background;
    private final Supplier<Window> owner;
    private final LetterTable letters = new LetterTable();
    private final DisagreementTable table = new DisagreementTable();
    private final VersionPane paneA = new VersionPane("version-a");
    private final VersionPane paneB = new VersionPane("version-b");
    private final Label summary = new Label("Choose a letter.");
    private final Label message = new Label();
    private final Button takeA = new Button("All of A (Shift+1)");
    private final Button takeB = new Button("All of B (Shift+2)");
    private final Map<Long, Set<String>> decidedWithoutChange = new HashMap<>();
    private final Deque<Done> undo = new ArrayDeque<>();
    private LetterAdjudication shown;
    private List<int[]> headings = List.of();
    private final DisagreementCount counting;
    private boolean busy;

    public AdjudicationView(Database db, String lead, Executor storeThread, Executor background,
                            Supplier<Window> owner) {
        this.db = db;
        this.adjudicator = new Adjudicator(db, lead);
        this.storeThread = storeThread;
        this.background = background;
        this.owner = owner;
        this.counting = new DisagreementCount(db, message::setText);
        getStyleClass().add("adjudication");
        summary.getStyleClass().add("summary");
        summary.setId("adjudication-summary");
        message.getStyleClass().add("message");
        message.setId("adjudication-message");
        takeA.setOnAction(e -> takeAll(true));
        takeB.setOnAction(e -> takeAll(false));
        takeA.setTooltip(new javafx.scene.control.Tooltip("take A's whole version of the letter and verify it"));
        takeB.setTooltip(new javafx.scene.control.Tooltip("take B's whole version of the letter and verify it"));
        takeA.setFocusTraversable(false);
        takeB.setFocusTraversable(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, summary, gap, takeA, takeB);
        top.setStyle("-fx-padding: 4 8 4 8; -fx-alignment: center-left;");

        SplitPane sides = new SplitPane(paneA, paneB);
        SplitPane right = new SplitPane(sides, table);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.62);
        BorderPane centre = new BorderPane(right);
        centre.setTop(top);
        SplitPane all = new SplitPane(letters, centre);
        all.setDividerPositions(0.34);
        setCenter(all);
        Label keys = new Label("1 = A   2 = B   E = edit   N / P = next / previous   Shift+1 / Shift+2 = a whole"
                + " version   Ctrl+Z = undo   Ctrl+N = next letter   F1 = all keys");
        keys.getStyleClass().add("keys-hint");
        Region fill = new Region();
        HBox.setHgrow(fill, Priority.ALWAYS);
        setBottom(new HBox(8, message, fill, keys));

        letters.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && (shown == null || shown.letterId() != row.letter.letterId())) {
                open(row);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> selected(row));
    }

    LetterTable letters() {
        return letters;
    }

    DisagreementTable table() {
        return table;
    }

    VersionPane paneA() {
        return paneA;
    }

    VersionPane paneB() {
        return paneB;
    }

    Label summary() {
        return summary;
    }

    Label message() {
        return message;
    }

    /** Lists the letters, then counts each one's disagreements in the background (the list is usable at once). */
    public void start() {
        background.execute(() -> {
            try {
                List<Assignments.DoubleAnnotated> found = new Assignments(db).doubleAnnotated();
                Platform.runLater(() -> {
                    List<LetterRow> rows = found.stream().map(LetterRow::new).toList();
                    letters.getItems().setAll(rows);
                    long done = found.stream().filter(Assignments.DoubleAnnotated::bothDone).count();
                    message.setText(found.size() + " double-annotated letters, " + done + " done by both annotators");
                    background.execute(() -> counting.count(rows));
                    rows.stream().filter(r -> !r.adjudicated()).findFirst().or(() -> rows.stream().findFirst())
                            .ifPresent(r -> letters.getSelectionModel().select(r));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> message.setText("cannot list the letters: " + Messages.of(e)));
            }
        });
    }

    /** Stops the background count (the window closed). */
    public void close() {
        counting.stop();
    }

    private void open(LetterRow row) {
        message.setText("opening letter " + row.letter.letterId() + "…");
        load(row.letter.letterId(), row.letter.a(), row.letter.b(), null);
    }

    /** Reads the letter on the store thread and shows it; then selects {@code then} (or the first open one). */
    private void load(long letterId, String a, String b, Integer then) {
        storeThread.execute(() -> {
            try {
                LetterAdjudication l = adjudicator.load(letterId, a, b);
                List<int[]> h = TextHeadings.find(l.main().text());
                Platform.runLater(() -> show(l, h, then));
            } catch (RuntimeException e) {
                Platform.runLater(() -> message.setText(Messages.of(e)));
            }
        });
    }

    private Set<String> decided(long letterId) {
        return decidedWithoutChange.computeIfAbsent(letterId, k -> new HashSet<>());
    }

    private void show(LetterAdjudication l, List<int[]> h, Integer then) {
        boolean sameLetter = shown != null && shown.letterId() == l.letterId();
        shown = l;
        headings = h;
        Set<String> dec = decided(l.letterId());
        List<DisagreementRow> rows = new ArrayList<>();
        for (int i = 0; i < l.disagreements().size(); i++) {
            rows.add(DisagreementRow.of(i + 1, l.disagreements().get(i), l, dec));
        }
        table.names(l.a(), l.b());
        table.getItems().setAll(rows);
        takeA.setText("All of " + l.a() + " (Shift+1)");
        takeB.setText("All of " + l.b() + " (Shift+2)");
        paneA.title().setText("A: " + l.a() + " (" + status(l.copyA()) + ") — " + l.main().fileName());
        paneB.title().setText("B: " + l.b() + " (" + status(l.copyB()) + ")");
        letters.getItems().stream().filter(r -> r.letter.letterId() == l.letterId()).findFirst().ifPresent(r -> {
            r.disagreements.set(l.disagreements().size());
            r.main.set(l.main().review().status());
        });
        long settled = l.settledCount(dec);
        summary.setText("letter " + l.letterId() + ": " + l.disagreements().size()
                + " disagreements, " + settled + " settled" + (l.verified() ? " — verified (adjudicated)" : ""));
        if (!sameLetter) {
            message.setText(l.disagreements().isEmpty() ? "the two versions agree: take either whole version"
                    + " (Shift+1) to verify the letter" : "");
        }
        int select = then != null ? then : firstOpen(0);
        if (!rows.isEmpty()) {
            table.getSelectionModel().clearAndSelect(Math.max(0, Math.min(rows.size() - 1, select)));
            table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 3));
        }
        DisagreementRow current = table.getSelectionModel().getSelectedItem();
        restyle(current == null ? null : current.d());
        table.requestFocus();
    }

    private static String status(StoredLetter copy) {
        return copy.review() == null ? "not started" : LetterRow.status(copy.review().status());
    }

    /** The first unsettled disagreement at or after {@code from} (wrapping round), or {@code from}. */
    private int firstOpen(int from) {
        List<DisagreementRow> rows = table.getItems();
        for (int k = 0; k < rows.size(); k++) {
            int i = (from + k) % rows.size();
            if (!rows.get(i).settled()) {
                return i;
            }
        }
        return from;
    }

    private void selected(DisagreementRow row) {
        restyle(row == null ? null : row.d());
        if (row != null && row.d().start() >= 0) {
            paneA.reveal(row.d().start());
            paneB.reveal(row.d().start());
        }
    }

    private void restyle(Disagreement current) {
        if (shown == null) {
            return;
        }
        Set<String> dec = decided(shown.letterId());
        String text = shown.main().text();
        paneA.show(text, styles(shown.copyA().spans(), current, dec));
        paneB.show(text, styles(shown.copyB().spans(), current, dec));
    }

    private StyleSpans<Collection<String>> styles(List<StoredSpan> spans, Disagreement current, Set<String> dec) {
        LetterAdjudication l = shown;
        return CopyStyles.compute(l.main().text(), spans, headings, l.disagreements(), d -> l.settled(d, dec),
                current);
    }

    // ---- what the keys and buttons do

    void move(int step) {
        int n = table.getItems().size();
        if (n == 0) {
            return;
        }
        int i = table.getSelectionModel().getSelectedIndex();
        int next = Math.floorMod((i < 0 ? 0 : i) + step, n);
        table.getSelectionModel().clearAndSelect(next);
        table.scrollTo(Math.max(0, next - 3));
    }

    void pick(boolean sideA) {
        current().ifPresent(row -> {
            String who = sideA ? shown.a() : shown.b();
            apply(row, "took " + who + "'s version of " + row.d().what(),
                    () -> adjudicator.choose(shown.letterId(), row.d(), who, sideA));
        });
    }

    void edit() {
        current().ifPresent(row -> {
            Disagreement d = row.d();
            TextInputDialog dialog = new TextInputDialog(initialEdit(d));
            dialog.initOwner(owner.get());
            dialog.setHeaderText("Final value of " + d.what());
            dialog.setContentText(d instanceof Disagreement.Items ? "decision (UPHELD, OVERTURNED, PARTIAL):"
                    : d instanceof Disagreement.Field ? "value (empty: not stated):" : "value:");
            dialog.showAndWait().ifPresent(v -> {
                LetterAdjudication l = shown;
                apply(row, "edited " + d.what(), () -> adjudicator.edit(l.letterId(), d, l.a(), l.b(), v));
            });
        });
    }

    private static String initialEdit(Disagreement d) {
        if (d instanceof Disagreement.Field f) {
            return f.a() != null ? f.a() : f.b() == null ? "" : f.b();
        }
        if (d instanceof Disagreement.Items i) {
            var any = i.a() != null ? i.a() : i.b();
            return any == null || any.item().decision() == null ? "" : any.item().decision().name();
        }
        Disagreement.Spans s = (Disagreement.Spans) d;
        List<StoredSpan> one = s.a().size() == 1 ? s.a() : s.b();
        return one.isEmpty() || one.get(0).value() == null ? "" : one.get(0).value();
    }

    void takeAll(boolean sideA) {
        if (shown == null || busy) {
            return;
        }
        LetterAdjudication l = shown;
        String who = sideA ? l.a() : l.b();
        run(l, null, "took " + who + "'s whole version; letter verified", () -> {
            adjudicator.takeAll(l.letterId(), who);
            adjudicator.finish(l.letterId(), "adjudicated: " + who + "'s version");
        }, true, 0);
    }

    void undo() {
        if (busy) {
            return;
        }
        Done last = undo.poll();
        if (last == null) {
            message.setText("nothing to undo");
            return;
        }
        LetterRow row = letters.getItems().stream().filter(r -> r.letter.letterId() == last.letterId()).findFirst()
                .orElse(null);
        if (row == null) {
            return;
        }
        busy = true;
        int at = Math.max(0, table.getSelectionModel().getSelectedIndex());
        storeThread.execute(() -> {
            try {
                int undone = adjudicator.undo(last.changes());
                LetterAdjudication l = adjudicator.load(last.letterId(), row.letter.a(), row.letter.b());
                List<int[]> h = TextHeadings.find(l.main().text());
                Platform.runLater(() -> {
                    busy = false;
                    if (last.decidedWithoutChange() != null) {
                        decided(last.letterId()).remove(last.decidedWithoutChange());
                    }
                    message.setText("undone (" + undone + " change" + (undone == 1 ? "" : "s") + ")");
                    letters.getSelectionModel().select(row);
                    show(l, h, shown != null && shown.letterId() == l.letterId() ? at : null);
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    busy = false;
                    message.setText("undo failed: " + Messages.of(e));
                });
            }
        });
    }

    void nextLetter() {
        List<LetterRow> rows = letters.getItems();
        int from = letters.getSelectionModel().getSelectedIndex();
        for (int k = 1; k <= rows.size(); k++) {
            LetterRow r = rows.get(Math.floorMod(from + k, rows.size()));
            if (!r.adjudicated()) {
                letters.getSelectionModel().select(r);
                letters.scrollTo(r);
                return;
            }
        }
        message.setText("every double-annotated letter is adjudicated");
    }

    private Optional<DisagreementRow> current() {
        if (busy) {
            return Optional.empty();
        }
        DisagreementRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            message.setText(shown == null ? "choose a letter first" : "no disagreement selected");
        }
        return Optional.ofNullable(row);
    }

    private void apply(DisagreementRow row, String done, Runnable step) {
        run(shown, row.d().key(), done, step, false, row.number() - 1);
    }

    /**
     * Runs a choice on the store thread, counted for undo; when it leaves every disagreement settled
     * the letter is verified in the same step (so undo takes both back).
     */
    private void run(LetterAdjudication l, String key, String done, Runnable step, boolean whole, int at) {
        busy = true;
        Set<String> dec = new HashSet<>(decided(l.letterId()));
        storeThread.execute(() -> {
            try {
                boolean[] finished = {false};
                boolean[] noChange = {false};
                int changes = adjudicator.logged(l.letterId(), () -> {
                    int made = adjudicator.logged(l.letterId(), step);
                    if (made == 0 && key != null) {
                        noChange[0] = true;
                        dec.add(key);
                    }
                    if (!whole) {
                        finished[0] = adjudicator.finishIfSettled(adjudicator.load(l.letterId(), l.a(), l.b()), dec);
                    }
                });
                LetterAdjudication after = adjudicator.load(l.letterId(), l.a(), l.b());
                List<int[]> h = TextHeadings.find(after.main().text());
                Platform.runLater(() -> {
                    busy = false;
                    if (noChange[0]) {
                        decided(l.letterId()).add(key);
                    }
                    undo.push(new Done(l.letterId(), changes, noChange[0] ? key : null));
                    message.setText(done + (finished[0] ? "; every disagreement is settled: letter verified" : ""));
                    if (shown != null && shown.letterId() == l.letterId()) {
                        show(after, h, null);
                        if (!whole && !finished[0]) {
                            int next = firstOpen(Math.min(at + 1, Math.max(0, table.getItems().size() - 1)));
                            table.getSelectionModel().clearAndSelect(next);
                        }
                    }
                });
            } catch (RuntimeException e) {
                // a step that failed half way has written some changes: show the main set as it is now
                Platform.runLater(() -> {
                    busy = false;
                    message.setText(Messages.of(e));
                    load(l.letterId(), l.a(), l.b(), at);
                });
            }
        });
    }
}
