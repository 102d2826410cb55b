package org.imrworkstation.review.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.review.Draft;
import org.imrworkstation.review.DraftSpan;
import org.imrworkstation.review.ReviewSession;
import org.imrworkstation.review.TextHeadings;

/**
 * The letter, read-only, with its spans highlighted; a legend with a toggle per type above it.
 * A click on a highlight selects its span; the view follows the session's current span.
 */
public final class LetterPane extends BorderPane {

    private static final double BASE_FONT = 13;

    private final ReviewSession session;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label title = new Label();
    private final FindBar find = new FindBar(area, this::scrollTo);
    private List<int[]> headings = List.of();
    private double fontSize = BASE_FONT;
    private final PhaseTimes phases;

    LetterPane(ReviewSession session, Consumer<String> message, PhaseTimes phases) {
        this.session = session;
        this.phases = phases;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("letter-area");
        area.setId("letter-text");
        area.setPadding(new Insets(6, 10, 6, 10));
        // highlights are styles, not edits: nothing the clerk could "undo" in the text itself
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setOnMouseClicked(e -> {
            Draft d = session.draft();
            if (d != null && area.getSelection().getLength() == 0) {
                d.spanAt(area.getCaretPosition()).ifPresent(s -> session.select(s.ref()));
            }
        });
        title.getStyleClass().add("form-title");
        setTop(new javafx.scene.layout.VBox(new BorderPane(legend(), title, null, null, null), find));
        setCenter(new VirtualizedScrollPane<>(area));
        setFont(BASE_FONT);
    }

    private Region legend() {
        FlowPane legend = new FlowPane(4, 4);
        legend.getStyleClass().add("legend");
        legend.setPadding(new Insets(4));
        for (SpanType t : SpanType.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", HighlightStyles.typeClass(t));
            int key = SpanType.V1.indexOf(t) + 1;
            ToggleButton b = new ToggleButton((key > 0 ? key + " " : "") + t.name(), swatch);
            b.setSelected(true);
            b.setFocusTraversable(false);
            b.setMnemonicParsing(false);
            b.setId("legend-" + t.name());
            b.selectedProperty().addListener((o, was, on) -> {
                session.cursor().show(t, on);
                restyle();
            });
            legend.getChildren().add(b);
        }
        return legend;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** A new letter: text, styles, and the view on its current span. */
    public void show(Draft d) {
        title.setText(d.fileName());
        find.letterChanged();
        headings = TextHeadings.find(d.text());
        phases.mark("headings");
        area.replaceText(d.text());
        phases.mark("replaceText");
        restyle();
        area.moveTo(0);
        reveal();
        phases.mark("reveal");
    }

    public void restyle() {
        Draft d = session.draft();
        if (d == null) {
            return;
        }
        var styles = HighlightStyles.compute(d.text().length(), d.spans(), session.cursor().shownTypes(),
                session.current().map(DraftSpan::ref).orElse(null), headings);
        phases.mark("compute styles");
        area.setStyleSpans(0, styles);
        phases.mark("setStyleSpans");
    }

    /** Scrolls the current span into view and puts the caret at its start (no selection: keys stay ours). */
    public void reveal() {
        session.current().ifPresent(s -> revealRange(s.start(), s.end()));
    }

    public void revealRange(int start, int end) {
        int len = area.getLength();
        if (start < 0 || start > len) {
            return;
        }
        area.moveTo(start);
        scrollTo(start);
    }

    /** Scrolls to the paragraph of this offset unless it is in sight; the caret and selection stay. */
    void scrollTo(int start) {
        int para = area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        // scroll only when the span is out of sight, and then put it mid-view with its context around it
        if (!visible(para)) {
            area.showParagraphAtCenter(para);
        }
    }

    private boolean visible(int para) {
        int n = area.getVisibleParagraphs().size();
        if (n < 3) {
            return false;
        }
        // the first and last visible paragraphs may be cut off: count them as out of sight
        return para > area.visibleParToAllParIndex(0) && para < area.visibleParToAllParIndex(n - 1);
    }

    /** The clerk's text selection, for adding a span: [start, end), or null. */
    public int[] selection() {
        var r = area.getSelection();
        return r.getLength() == 0 ? null : new int[] {r.getStart(), r.getEnd()};
    }

    /** "/": the find bar, ready to type in. */
    public void openFind() {
        find.open(true);
    }

    /** F3 / Shift+F3: the next or previous match of what was searched last. */
    public void findNext(boolean forward) {
        find.go(forward);
    }

    /** Esc while typing in the find bar closes it (true); elsewhere Esc means what it always did. */
    public boolean closeFindIfTyping() {
        if (!find.typingIn()) {
            return false;
        }
        find.close();
        return true;
    }

    public int caret() {
        return area.getCaretPosition();
    }

    public void zoom(int step) {
        setFont(step == 0 ? BASE_FONT : Math.max(8, Math.min(40, fontSize + step * 1.5)));
    }

    private void setFont(double size) {
        fontSize = size;
        area.setStyle("-fx-font-size: " + size + "px;");
    }
}
