package org.imrworkstation.review.ui;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.imrworkstation.review.Exporter;

/**
 * File, Review, Gold and Help menus. Shortcuts are shown in the menus but handled by {@link ReviewKeys}
 * (one place), so the menu items carry no accelerators of their own.
 */
final class WindowMenus {

    private final MainWindow w;
    private final WindowContext ctx;

    WindowMenus(MainWindow w, WindowContext ctx) {
        this.w = w;
        this.ctx = ctx;
    }

    MenuBar bar() {
        Menu file = new Menu("File");
        Menu recent = new Menu("Recent databases");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : ctx.recent().list()) {
                MenuItem m = new MenuItem(p.toString());
                m.setOnAction(a -> ctx.openOther().accept(p));
                recent.getItems().add(m);
            }
            if (recent.getItems().isEmpty()) {
                recent.getItems().add(disabled("(none yet)"));
            }
        });
        recent.getItems().add(disabled("(none yet)"));
        file.getItems().addAll(
                item("Import files…\tCtrl+I", () -> w.importPaths(w.dialogs().chooseFiles())),
                item("Import a folder…", () -> w.importPaths(w.dialogs().chooseFolder())),
                item("Import the sample letters", w::importSamples),
                new SeparatorMenuItem(),
                item("Open database…\tCtrl+O", () -> w.dialogs().chooseDatabase().ifPresent(ctx.openOther())),
                recent,
                new SeparatorMenuItem());
        for (Exporter.Format f : Exporter.Format.values()) {
            MenuItem export = item(f.menuText(), () -> export(f));
            export.setId("menu-export-" + f.name().toLowerCase(java.util.Locale.ROOT));
            export.setDisable(ctx.exporter().isEmpty());
            file.getItems().add(export);
        }
        file.getItems().addAll(
                new SeparatorMenuItem(),
                item("Quit", () -> w.scene().getWindow().hide()));
        Menu review = new Menu("Review");
        review.getItems().addAll(
                item("Verify and next\tCtrl+Enter", w::verifyAndNext),
                item("Flag with a comment…\tCtrl+F", w::flag),
                item("Next unreviewed\tCtrl+N", w::nextLetter),
                riskOrder(),
                new SeparatorMenuItem(),
                item("Undo\tCtrl+Z", w::undo),
                item("Redo\tCtrl+Y", w::redo));
        Menu gold = new Menu("Gold");
        gold.setId("menu-gold");
        MenuItem adjudicate = item("Adjudicate…", () -> new org.imrworkstation.review.ui.adjudicate
                .AdjudicationWindow(w.stage(), ctx, w.corpus()::reload).show());
        adjudicate.setId("menu-adjudicate");
        MenuItem evaluate = item("Evaluate extractor…", this::evaluate);
        evaluate.setId("menu-evaluate");
        MenuItem stats = item("Reviewer statistics…", () -> org.imrworkstation.review.ui.stats.ReviewerStatsWindow
                .open(w.stage(), ctx.db(), ctx.background()));
        stats.setId("menu-reviewer-stats");
        MenuItem freeze = item("Freeze gold set…", () -> GoldFreezeDialog.run(w, ctx));
        freeze.setId("menu-freeze");
        gold.getItems().addAll(adjudicate, freeze, evaluate, stats);
        Menu help = new Menu("Help");
        help.getItems().add(item("Keyboard shortcuts\tF1", () -> w.help().toggle()));
        ReviewApp.Options o = ReviewApp.options();
        help.getItems().add(item("About IMR Workstation", () -> AppChrome.about(w.stage(),
                o == null ? "(development)" : o.version(), o == null ? null : o.log())));
        return new MenuBar(file, review, gold, help);
    }

    private org.imrworkstation.review.ui.eval.EvaluationWindow evaluation;

    private void evaluate() {
        if (evaluation == null) {
            evaluation = new org.imrworkstation.review.ui.eval.EvaluationWindow(w.stage(), ctx.db(), ctx.background(),
                    w::openAt);
        }
        evaluation.show();
    }

    private void export(Exporter.Format f) {
        ctx.exporter().ifPresent(ex -> w.dialogs().chooseExport(f).ifPresent(out ->
                ExportDialog.run(w, ctx, ex, f, out, ctx.background())));
    }

    /** "Label\tCtrl+X": the accelerator is only shown; ReviewKeys consumes the key before the menu sees it. */
    private static MenuItem item(String text, Runnable action) {
        String[] parts = text.split("\t");
        MenuItem m = new MenuItem(parts[0]);
        if (parts.length > 1) {
            m.setAccelerator(javafx.scene.input.KeyCombination.keyCombination(
                    parts[1].replace("Ctrl+", "Shortcut+")));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Off: next in import order. On: the riskiest unreviewed letter next (flags, doubts, rare drugs). */
    private MenuItem riskOrder() {
        javafx.scene.control.CheckMenuItem m = new javafx.scene.control.CheckMenuItem("Riskiest letter next");
        m.setId("menu-risk-order");
        m.selectedProperty().addListener((o, was, on) -> w.riskiestNext(on));
        return m;
    }

    private static MenuItem disabled(String text) {
        MenuItem m = new MenuItem(text);
        m.setDisable(true);
        return m;
    }
}
