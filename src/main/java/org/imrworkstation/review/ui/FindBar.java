package org.imrworkstation.review.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.imrworkstation.review.TextSearch;

/**
 * Find in the letter ("/"): Enter selects the next match and hands the keyboard back to the text,
 * so that a type key (1-8) makes the match a span; F3 / Shift+F3 go on from there. Hidden until asked for.
 */
final class FindBar extends HBox {

    private final StyleClassedTextArea area;
    /** The pane's own scrolling (a match out of sight goes mid-view, as a span does), not RichTextFX's follow-caret. */
    private final java.util.function.IntConsumer scrollTo;
    private final TextField field = new TextField();
    private final Label count = new Label();
    /** The "/" that opened the bar still comes as a typed character, now to the field: it is not part of the query. */
    private boolean swallowSlash;

    FindBar(StyleClassedTextArea area, java.util.function.IntConsumer scrollTo) {
        super(6);
        this.area = area;
        this.scrollTo = scrollTo;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 4, 2, 4));
        field.setId("find-field");
        field.setPromptText("find in the letter (Enter: next, Shift+Enter: previous)");
        HBox.setHgrow(field, Priority.ALWAYS);
        count.setId("find-count");
        Button close = new Button("×");
        close.setFocusTraversable(false);
        close.setOnAction(e -> close());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                go(!e.isShiftDown());
                e.consume();
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (swallowSlash && "/".equals(e.getCharacter())) {
                e.consume();
            }
            swallowSlash = false;
        });
        getChildren().addAll(new Label("Find:"), field, count, close);
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar with the focus in it; {@code byKey}: opened by the "/" key, whose typed character follows. */
    void open(boolean byKey) {
        swallowSlash = byKey;
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    /** A new letter: the old letter's "2 of 7" no longer says anything (the query stays for F3). */
    void letterChanged() {
        count.setText("");
    }

    boolean typingIn() {
        return field.isFocused();
    }

    /** The next (or previous) match from the caret, selected in the text; opens the bar when nothing was asked yet. */
    void go(boolean forward) {
        String query = field.getText();
        if (query == null || query.isBlank()) {
            open(false);
            return;
        }
        TextSearch search = TextSearch.of(area.getText(), query); // a letter is a few KB: no cache to keep in step
        var sel = area.getSelection();
        // from the selected match on; with only a caret, a match starting right at it counts as next
        int from = sel.getLength() > 0 ? sel.getStart() : forward ? area.getCaretPosition() - 1 : area.getCaretPosition();
        int i = search.from(from, forward);
        if (i < 0) {
            count.setText("no match");
            return;
        }
        int[] m = search.match(i);
        area.selectRange(m[0], m[1]);
        scrollTo.accept(m[0]);
        count.setText((i + 1) + " of " + search.count());
        area.requestFocus();
    }
}
