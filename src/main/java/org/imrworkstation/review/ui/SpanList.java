package org.imrworkstation.review.ui;

import java.util.Locale;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.imrworkstation.review.Draft;
import org.imrworkstation.review.DraftSpan;
import org.imrworkstation.review.ReviewSession;

/** The letter's spans as a list: type, text, value and state; the current span is selected. */
public final class SpanList extends ListView<DraftSpan> {

    private final ReviewSession session;
    private boolean updating;

    public SpanList(ReviewSession session) {
        this.session = session;
        setId("span-list");
        getStyleClass().add("span-list");
        setFocusTraversable(false);
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DraftSpan s, boolean empty) {
                super.updateItem(s, empty);
                StyleClasses.setOne(this, c -> c.startsWith("t-"), empty || s == null ? null : HighlightStyles.typeClass(s.type()));
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                String state = s.state().name().toLowerCase(Locale.ROOT);
                setText(String.format(Locale.ROOT, "%-14s %s  →  %s   [%s%s]", s.type(), oneLine(s.text()),
                        s.value() == null ? "—" : s.value(), state,
                        s.reason() == null ? "" : ", " + s.reason().name().toLowerCase(Locale.ROOT)));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!updating && now != null && session.current().map(c -> c.ref() != now.ref()).orElse(true)) {
                session.select(now.ref());
            }
        });
    }

    public void refresh() {
        Draft d = session.draft();
        updating = true;
        try {
            if (d == null) {
                getItems().clear();
            } else {
                getItems().setAll(session.cursor().walk(d));
            }
            followCurrent();
        } finally {
            updating = false;
        }
    }

    public void followCurrent() {
        boolean was = updating;
        updating = true;
        try {
            session.current().ifPresentOrElse(c -> {
                for (int i = 0; i < getItems().size(); i++) {
                    if (getItems().get(i).ref() == c.ref()) {
                        getSelectionModel().clearAndSelect(i);
                        scrollTo(Math.max(0, i - 3));
                        return;
                    }
                }
            }, () -> getSelectionModel().clearSelection());
        } finally {
            updating = was;
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }
}
