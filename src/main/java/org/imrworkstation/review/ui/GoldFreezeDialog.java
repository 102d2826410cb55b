package org.imrworkstation.review.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.imrworkstation.export.ExportFilter;
import org.imrworkstation.export.LetterStream;
import org.imrworkstation.export.gold.GoldSetInfo;
import org.imrworkstation.export.gold.GoldSets;
import org.imrworkstation.review.Messages;
import org.imrworkstation.store.ReviewStatus;

/**
 * Gold > Freeze gold set…: the annotation lead names a snapshot of every VERIFIED letter, and it is
 * frozen in the background with progress and Cancel (the freeze is one transaction: a cancelled or
 * failed freeze leaves no set behind). The clerk's pending changes are saved first.
 */
final class GoldFreezeDialog {

    private GoldFreezeDialog() {
    }

    /** What the dialog needs to know first, read off the FX thread. */
    record Before(List<String> taken, long verified) {
    }

    static void run(MainWindow w, WindowContext ctx) {
        ctx.background().execute(() -> {
            try {
                List<String> taken = new GoldSets(ctx.db()).list().stream().map(GoldSetInfo::name).toList();
                long verified = new LetterStream(ctx.db(), ExportFilter.ALL.withStatus(ReviewStatus.VERIFIED), false)
                        .count();
                Platform.runLater(() -> ask(w, ctx, new Before(taken, verified)));
            } catch (RuntimeException e) {
                Platform.runLater(() -> w.error("the gold sets cannot be read: " + Messages.of(e)));
            }
        });
    }

    /** "gold-2026-12-07", or "-2", "-3" ... after it when that name is taken. */
    static String suggestedName(LocalDate today, List<String> taken) {
        String base = "gold-" + today;
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** Why the name cannot be used, or empty when it can. */
    static Optional<String> problem(String name, List<String> taken) {
        if (!GoldSets.isValidName(name)) {
            return Optional.of("use letters, digits, '.', '_' or '-' (starting with a letter or digit)");
        }
        if (taken.contains(name)) {
            return Optional.of("there is a gold set of that name: sets never change, choose a new name");
        }
        return Optional.empty();
    }

    private static void ask(MainWindow w, WindowContext ctx, Before before) {
        if (before.verified() == 0) {
            ImportDialog.info(w.stage(), "Nothing to freeze",
                    "No letter is verified yet. Verify letters (Ctrl+Enter) before freezing a gold set.");
            return;
        }
        TextInputDialog d = new TextInputDialog(suggestedName(LocalDate.now(), before.taken()));
        d.initOwner(w.stage());
        d.setTitle("Freeze gold set");
        d.setHeaderText("Freeze the " + before.verified() + " verified letter" + (before.verified() == 1 ? "" : "s")
                + " as a gold set.\nA frozen set never changes: later corrections are not in it.");
        d.setContentText("Name:");
        d.getEditor().setId("freeze-name");
        javafx.scene.Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("freeze-ok");
        Runnable check = () -> {
            Optional<String> p = problem(d.getEditor().getText().strip(), before.taken());
            ok.setDisable(p.isPresent());
            d.setContentText(p.map(s -> "Name (" + s + "):").orElse("Name:"));
        };
        d.getEditor().textProperty().addListener((o, a, b) -> check.run());
        check.run();
        d.showAndWait().map(String::strip).ifPresent(name -> freeze(w, ctx, name, before.verified()));
    }

    private static void freeze(MainWindow w, WindowContext ctx, String name, long total) {
        Task<GoldSetInfo> task = new Task<>() {
            @Override
            protected GoldSetInfo call() {
                updateMessage("saving your last changes…");
                if (!w.flush(30_000)) {
                    throw new IllegalStateException("your last changes are not saved yet; freeze again once they are");
                }
                updateMessage("freezing " + name + "…");
                return new GoldSets(ctx.db()).freeze(name, ctx.annotator(), done -> {
                    if (isCancelled()) {
                        throw new CancellationException(); // rolls the whole set back
                    }
                    updateProgress(done, Math.max(total, done));
                });
            }
        };
        Stage progress = ProgressWindow.show(w.stage(), "Freezing gold set " + name, task, "freeze-cancel");
        task.setOnSucceeded(e -> {
            progress.close();
            GoldSetInfo g = task.getValue();
            String letters = g.letters() + (g.letters() == 1 ? " letter" : " letters");
            w.status().message("gold set " + g.name() + " frozen: " + letters);
            ImportDialog.info(w.stage(), "Gold set frozen", "Gold set " + g.name() + ": " + letters + ".\nsha256 "
                    + g.contentHash() + "\n\nGold > Evaluate extractor… scores the extractor against it; on the"
                    + " command line, \"gold export --name " + g.name() + "\" writes it out.");
        });
        task.setOnCancelled(e -> {
            progress.close();
            ImportDialog.info(w.stage(), "Freeze stopped", "Nothing was frozen: gold set " + name + " does not exist.");
        });
        task.setOnFailed(e -> {
            progress.close();
            w.error("freezing " + name + " failed: " + Messages.of(task.getException()));
        });
        ctx.background().execute(task);
    }
}
