package org.imrworkstation.review.ui.adjudicate;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.imrworkstation.review.ui.HelpOverlay;

/**
 * The adjudication view's keys ({@link org.imrworkstation.review.AdjudicationKey} lists them for
 * the help card and the README). A scene filter, so they work wherever the focus is in the view.
 */
final class AdjudicationKeys {

    private final AdjudicationView view;
    private final HelpOverlay help;

    AdjudicationKeys(AdjudicationView view, HelpOverlay help) {
        this.view = view;
        this.help = help;
    }

    void handle(KeyEvent e, javafx.scene.Node focused) {
        if (help.isVisible()) {
            help.toggle();
            e.consume();
            return;
        }
        if (focused instanceof TextInputControl t && t.isEditable()) {
            return;
        }
        KeyCode k = e.getCode();
        boolean ctrl = e.isShortcutDown();
        boolean shift = e.isShiftDown();
        if (k == KeyCode.F1 || "?".equals(e.getText())) {
            help.toggle();
        } else if (ctrl && k == KeyCode.Z) {
            view.undo();
        } else if (ctrl && k == KeyCode.N) {
            view.nextLetter();
        } else if (ctrl || e.isAltDown()) {
            return;
        } else if (k == KeyCode.DIGIT1 || k == KeyCode.NUMPAD1) {
            if (shift) {
                view.takeAll(true);
            } else {
                view.pick(true);
            }
        } else if (k == KeyCode.DIGIT2 || k == KeyCode.NUMPAD2) {
            if (shift) {
                view.takeAll(false);
            } else {
                view.pick(false);
            }
        } else if (k == KeyCode.E) {
            view.edit();
        } else if (k == KeyCode.N) {
            view.move(1);
        } else if (k == KeyCode.P) {
            view.move(-1);
        } else {
            return;
        }
        e.consume();
    }
}
