package org.imrworkstation.review.ui;

import org.imrworkstation.review.Outcome;

/** The window's side of the shortcuts: dialogs and letter changes that the session itself does not do. */
final class KeysHost implements ReviewKeys.Host {

    private final MainWindow w;

    KeysHost(MainWindow w) {
        this.w = w;
    }

    public LetterPane letter() {
        return w.letter();
    }

    public void show(Outcome o) {
        w.show(o);
    }

    public void verifyAndNext() {
        w.verifyAndNext();
    }

    public void flag() {
        w.flag();
    }

    public void nextLetter() {
        w.nextLetter();
    }

    public void editValue() {
        w.session().current().ifPresent(s -> w.dialogs().ask("Value of this " + s.type(),
                "\"" + s.text() + "\" means:", s.value()).ifPresent(v -> w.show(w.session().setValue(v))));
    }

    public void typeMenu() {
        w.dialogs().typeMenu(w.letter(), t -> w.show(w.session().retype(t)));
    }

    public void undo() {
        w.undo();
    }

    public void redo() {
        w.redo();
    }

    public void toggleHelp() {
        w.help().toggle();
    }

    public boolean helpShown() {
        return w.help().isVisible();
    }

    public void importFiles() {
        w.importPaths(w.dialogs().chooseFiles());
    }

    public void openDatabase() {
        w.dialogs().chooseDatabase().ifPresent(w.context().openOther());
    }

    public void focusText() {
        w.focusText();
    }
}
