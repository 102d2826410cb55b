package org.imrworkstation.review.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.review.Outcome;
import org.imrworkstation.review.ReviewSession;

/**
 * The review shortcuts (see {@link org.imrworkstation.review.KeyAction} for the list shown to the
 * clerk). Installed as a scene filter so that they work wherever the focus is, except that plain
 * keys (letters, digits, Enter, Tab, Delete, arrows) belong to a text field or a cell being typed in.
 */
final class ReviewKeys {

    /** What the keys need from the window beyond the session. */
    interface Host {
        LetterPane letter();

        void show(Outcome o);

        void verifyAndNext();

        void flag();

        void nextLetter();

        void editValue();

        void typeMenu();

        void undo();

        void redo();

        void toggleHelp();

        boolean helpShown();

        void importFiles();

        void openDatabase();

        void focusText();
    }

    private final ReviewSession session;
    private final Host host;

    ReviewKeys(ReviewSession session, Host host) {
        this.session = session;
        this.host = host;
    }

    void handle(KeyEvent e, Node focused) {
        if (e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        if (host.helpShown()) {
            host.toggleHelp();
            e.consume();
            return;
        }
        if (global(e)) {
            e.consume();
            return;
        }
        boolean typing = focused instanceof TextInputControl t && t.isEditable();
        if (!typing && !inTable(focused) && !(e.getCode() == KeyCode.TAB && inForm(focused)) && local(e)) {
            e.consume();
        }
    }

    /** Keys that work everywhere (they have a modifier, or are function keys). */
    private boolean global(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean ctrl = e.isShortcutDown();
        if (k == KeyCode.F1) {
            host.toggleHelp();
        } else if (ctrl && k == KeyCode.ENTER) {
            host.verifyAndNext();
        } else if (ctrl && (k == KeyCode.Y || (k == KeyCode.Z && e.isShiftDown()))) {
            host.redo();
        } else if (ctrl && k == KeyCode.Z) {
            host.undo();
        } else if (ctrl && k == KeyCode.F) {
            host.flag();
        } else if (ctrl && k == KeyCode.N) {
            host.nextLetter();
        } else if (ctrl && k == KeyCode.I) {
            host.importFiles();
        } else if (ctrl && k == KeyCode.O) {
            host.openDatabase();
        } else if (ctrl && (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD)) {
            host.letter().zoom(1);
        } else if (ctrl && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            host.letter().zoom(-1);
        } else if (ctrl && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) {
            host.letter().zoom(0);
        } else if (k == KeyCode.F3) {
            host.letter().findNext(!e.isShiftDown());
        } else if (k == KeyCode.ESCAPE) {
            if (!host.letter().closeFindIfTyping()) {
                host.focusText();
            }
        } else {
            return false;
        }
        return true;
    }

    /** Keys for the span under review: only when nobody is typing. */
    private boolean local(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean shift = e.isShiftDown();
        boolean ctrl = e.isShortcutDown();
        boolean alt = e.isAltDown();
        if (k == KeyCode.TAB && !ctrl) {
            session.move(shift ? -1 : 1, host.letter().caret());
        } else if ((k == KeyCode.ENTER || k == KeyCode.A) && !ctrl && !shift) {
            host.show(session.accept());
        } else if (k == KeyCode.A && shift) {
            host.show(session.current().map(s -> session.acceptAll(s.type()))
                    .orElseGet(() -> session.accept()));
        } else if ((k == KeyCode.X || k == KeyCode.DELETE) && !ctrl) {
            host.show(session.reject());
        } else if (digit(k) > 0 && !ctrl && !alt) {
            SpanType t = SpanType.V1.get(digit(k) - 1);
            int[] sel = host.letter().selection();
            host.show(sel != null ? session.addSpan(t, sel[0], sel[1]) : session.retype(t));
        } else if ((k == KeyCode.LEFT || k == KeyCode.RIGHT) && (shift || ctrl)) {
            // Shift moves the start edge, Ctrl the end edge; Alt makes the step a word
            host.show(session.moveEdge(ctrl && !shift, k == KeyCode.LEFT ? -1 : 1, alt));
        } else if (k == KeyCode.V && !ctrl) {
            host.editValue();
        } else if (k == KeyCode.T && !ctrl) {
            host.typeMenu();
        } else if ("/".equals(e.getText()) || k == KeyCode.SLASH || k == KeyCode.DIVIDE) {
            host.letter().openFind();
        } else if ("?".equals(e.getText())) {
            host.toggleHelp();
        } else {
            return false;
        }
        return true;
    }

    /** Tab keeps its usual meaning inside the form, so the clerk can go from input to input. */
    private static boolean inForm(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("review-form")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTable(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableView<?> t && t.getEditingCell() != null) {
                return true;
            }
        }
        return false;
    }

    private static int digit(KeyCode k) {
        List<KeyCode> digits = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
                KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8);
        List<KeyCode> pad = List.of(KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3, KeyCode.NUMPAD4,
                KeyCode.NUMPAD5, KeyCode.NUMPAD6, KeyCode.NUMPAD7, KeyCode.NUMPAD8);
        int i = digits.indexOf(k);
        if (i < 0) {
            i = pad.indexOf(k);
        }
        return i + 1;
    }
}
