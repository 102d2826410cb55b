package org.imrworkstation.review;

/**
 * The keyboard of the adjudication view (Gold > Adjudicate…), with the keys as the help overlay
 * shows them; the README's table lists the same. Kept apart from {@link KeyAction}: the same keys
 * (1, 2, E) mean other things in the review window.
 */
public enum AdjudicationKey {
    PICK_A("1", "take A's version of the selected disagreement into the final one"),
    PICK_B("2", "take B's version"),
    EDIT("E", "type the final value yourself (a field's value, a span's value, an item's decision)"),
    NEXT("N", "next disagreement (the next unsettled one after a choice comes by itself)"),
    PREVIOUS("P", "previous disagreement"),
    TAKE_ALL_A("Shift+1", "take A's whole version of the letter"),
    TAKE_ALL_B("Shift+2", "take B's whole version of the letter"),
    NEXT_LETTER("Ctrl+N", "next letter not adjudicated yet"),
    UNDO("Ctrl+Z", "undo the last choice (all the changes it made, and the verification it completed)"),
    HELP("F1 or ?", "this list");

    public final String keys;
    public final String description;

    AdjudicationKey(String keys, String description) {
        this.keys = keys;
        this.description = description;
    }
}
