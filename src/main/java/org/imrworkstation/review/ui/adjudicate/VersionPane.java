package org.imrworkstation.review.ui.adjudicate;

import java.util.Collection;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;

/** One annotator's copy of the letter: read-only text with their spans highlighted, and whose it is. */
final class VersionPane extends BorderPane {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label title = new Label();

    VersionPane(String id) {
        getStyleClass().add("version-pane");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("letter-area");
        area.setId(id);
        area.setPadding(new Insets(6, 10, 6, 10));
        area.setUndoManager(UndoUtils.noOpUndoManager());
        // the keys are the view's: the text is only to be read, never to take the focus from the table
        area.setFocusTraversable(false);
        title.getStyleClass().add("version-title");
        setTop(title);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    StyleClassedTextArea area() {
        return area;
    }

    Label title() {
        return title;
    }

    void show(String text, StyleSpans<Collection<String>> styles) {
        if (!area.getText().equals(text)) {
            area.replaceText(text);
        }
        area.setStyleSpans(0, styles);
    }

    void clear() {
        area.replaceText("");
        title.setText("");
    }

    /** Puts the stretch in the middle of the view. */
    void reveal(int start) {
        if (start < 0 || start > area.getLength()) {
            return;
        }
        area.moveTo(start);
        area.showParagraphAtCenter(area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor());
    }
}
