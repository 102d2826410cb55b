package org.imrworkstation.review.ui;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.imrworkstation.review.StoreQueue;

/**
 * Where the clerk is and whether their work is safe: letter n of N, verified today, letters per
 * hour, annotator, the current span, and a quiet "saved" (or, plainly, a failed save with Retry).
 */
public final class StatusBar extends HBox implements StoreQueue.Listener {

    private final Label position = new Label();
    private final Label today = new Label();
    private final Label pace = new Label();
    private final Label annotator = new Label();
    private final Label span = new Label();
    private final Label message = new Label();
    private final Label saved = new Label("saved");
    private final Button retry = new Button("Retry");
    private long lastSaveNanos;

    public StatusBar(String who, Runnable onRetry) {
        getStyleClass().add("status-bar");
        saved.setId("saved-indicator");
        message.setId("status-message");
        message.getStyleClass().add("message");
        saved.getStyleClass().add("saved");
        annotator.setText("annotator: " + who);
        retry.setVisible(false);
        retry.setManaged(false);
        retry.setOnAction(e -> onRetry.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(position, today, pace, annotator, span, message, grow, saved, retry);
    }

    public void position(int n, String total) {
        position.setText(n > 0 ? "letter " + n + " of " + total : total + " letters");
    }

    public void today(long verified, Double perHour) {
        today.setText("verified today: " + verified);
        pace.setText(perHour == null ? "" : String.format(Locale.ROOT, "%.0f letters/hour", perHour));
    }

    public void span(String text) {
        span.setText(text);
    }

    public void message(String text) {
        message.setText(text == null ? "" : text);
    }

    /** What the status bar says last (a refused edit, an export's result), for the window tests. */
    public String messageText() {
        return message.getText();
    }

    public String savedText() {
        return saved.getText();
    }

    public long lastSaveNanos() {
        return lastSaveNanos;
    }

    @Override
    public void pending(int writes) {
        if (saved.getStyleClass().contains("failed")) {
            return;
        }
        saved.getStyleClass().setAll("label", writes == 0 ? "saved" : "saving");
        saved.setText(writes == 0 ? "saved" : "saving…");
    }

    @Override
    public void saved(String label, long nanos) {
        lastSaveNanos = nanos;
        if (saved.getStyleClass().contains("failed")) {
            saved.getStyleClass().setAll("label", "saved");
            retry.setVisible(false);
            retry.setManaged(false);
        }
    }

    @Override
    public void failed(String label, String text) {
        saved.getStyleClass().setAll("label", "failed");
        saved.setText("NOT SAVED: " + label + ": " + text + " (kept; nothing after it is lost)");
        retry.setVisible(true);
        retry.setManaged(true);
    }
}
