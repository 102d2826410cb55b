package org.imrworkstation.review;

/**
 * Everything the keyboard does in the review window, with the keys as the help overlay shows them.
 * The window maps key presses to these; the README's shortcut table is this list.
 */
public enum KeyAction {
    NEXT_SPAN("Tab", "next span"),
    PREVIOUS_SPAN("Shift+Tab", "previous span"),
    ACCEPT("Enter or A", "accept the span (then on to the next unjudged one)"),
    REJECT("X or Delete", "reject the span (reason SPURIOUS)"),
    ACCEPT_ALL_OF_TYPE("Shift+A", "accept every shown suggestion of the span's type"),
    TYPE("1 to 8", "set the span's type (DRUG, STRENGTH, QUANTITY, REFILLS, DATE, PAIN_SCORE, GUIDELINE_PAGE,"
            + " DECISION); with text selected: add a span of that type (reason MISSED)"),
    TYPE_MENU("T", "choose the span's type from a menu"),
    START_LEFT("Shift+Left / Shift+Right", "move the span's start one character left / right (BOUNDARY)"),
    END_LEFT("Ctrl+Left / Ctrl+Right", "move the span's end one character left / right (BOUNDARY)"),
    WORD_EDGES("add Alt", "the same by a whole word: Alt+Shift+Left ... Alt+Ctrl+Right"),
    VALUE("V", "edit the span's value (VALUE); the form follows"),
    UNDO("Ctrl+Z", "undo the last action (text or form)"),
    REDO("Ctrl+Y or Ctrl+Shift+Z", "redo"),
    VERIFY("Ctrl+Enter", "mark the letter verified and open the next unreviewed one"),
    FIND("/", "find in the letter: Enter selects the next match, Shift+Enter the previous (then a type key 1 to 8"
            + " makes the match a span); Esc closes the bar"),
    FIND_NEXT("F3 / Shift+F3", "next / previous match of the last search"),
    FLAG("Ctrl+F", "flag the letter with a comment"),
    NEXT_LETTER("Ctrl+N", "open the next unreviewed letter without marking this one"),
    FOCUS_TEXT("Esc", "back to the letter text (from the form or the table)"),
    ZOOM("Ctrl+Plus / Ctrl+Minus / Ctrl+0", "larger / smaller / normal text"),
    IMPORT("Ctrl+I", "import letter files or a folder"),
    OPEN_DB("Ctrl+O", "open another database"),
    HELP("F1 or ?", "this list");

    public final String keys;
    public final String description;

    KeyAction(String keys, String description) {
        this.keys = keys;
        this.description = description;
    }
}
