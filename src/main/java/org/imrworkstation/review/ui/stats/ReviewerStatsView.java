package org.imrworkstation.review.ui.stats;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.imrworkstation.review.Messages;
import org.imrworkstation.store.Database;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.stats.CorrectionCount;
import org.imrworkstation.store.stats.ReviewerStatistics;
import org.imrworkstation.store.stats.ReviewerStats;
import org.imrworkstation.store.stats.SecondsPerLetter;
import org.imrworkstation.store.stats.StatsFilter;
import org.imrworkstation.store.stats.SuggestionOutcome;
import org.imrworkstation.store.stats.VerifiedPerDay;

/**
 * Reviewer statistics in the window: a filter (days, annotator), then throughput (letters verified
 * per day, seconds per letter) and where the extractor errs (corrections by type and reason, the
 * fate of its suggestions per type), each as a chart and a table. The figures are computed on the
 * background executor; the FX thread only lays out the few rows that come back.
 */
public final class ReviewerStatsView extends BorderPane {

    static final String EVERYBODY = "everybody";

    private final ReviewerStats stats;
    private final Executor background;
    private final ZoneId zone;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> annotator = new ComboBox<>();
    private final Label status = new Label();
    private final StatsCharts charts = new StatsCharts();
    private final StatsTable seconds = new StatsTable("stats-seconds", "no verified letters",
            "annotator", "verified", "timed", "median s", "p90 s");
    private final StatsTable perDay = new StatsTable("stats-per-day", "no verified letters",
            "day", "annotator", "letters");
    private final StatsTable suggestions = new StatsTable("stats-suggestions", "no judged suggestions",
            "span type", "accepted", "corrected", "rejected", "missed", "error share");
    private final StatsTable corrections = new StatsTable("stats-corrections", "no corrections",
            header());
    // a newer request's answer wins over an older one still on its way
    private long requested;

    public ReviewerStatsView(Database db, Executor background, ZoneId zone) {
        this.stats = new ReviewerStats(db);
        this.background = background;
        this.zone = zone;
        getStyleClass().add("reviewer-stats");
        from.setId("stats-from");
        to.setId("stats-to");
        from.setPromptText("first day");
        to.setPromptText("last day");
        annotator.setId("stats-annotator");
        annotator.getItems().add(EVERYBODY);
        annotator.setValue(EVERYBODY);
        status.setId("stats-status");
        Button show = new Button("Show");
        show.setId("stats-show");
        show.setDefaultButton(true);
        show.setOnAction(e -> refresh());
        annotator.setOnAction(e -> refresh());
        HBox filter = new HBox(8, new Label("From"), from, new Label("to"), to, new Label("annotator"), annotator, show,
                status);
        filter.setAlignment(Pos.CENTER_LEFT);
        filter.setPadding(new Insets(8));
        setTop(filter);

        VBox throughputTables = new VBox(6, title("Seconds per verified letter"), seconds,
                title("Letters verified per day"), perDay);
        VBox errorTables = new VBox(6, title("The extractor's suggestions, most often wrong first"), suggestions,
                title("Corrections by span type and reason"), corrections);
        HBox throughput = new HBox(10, charts.perDay, throughputTables);
        HBox errors = new HBox(10, charts.corrections, errorTables);
        for (HBox row : List.of(throughput, errors)) {
            HBox.setHgrow(row.getChildren().get(0), Priority.ALWAYS);
            HBox.setHgrow(row.getChildren().get(1), Priority.ALWAYS);
        }
        throughputTables.setPrefWidth(600);
        errorTables.setPrefWidth(600);
        seconds.setPrefHeight(130);
        VBox body = new VBox(12, throughput, errors);
        body.setPadding(new Insets(4, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static String[] header() {
        List<String> h = new ArrayList<>(List.of("span type"));
        for (Reason r : Reason.values()) {
            h.add(r.name());
        }
        h.add("total");
        return h.toArray(new String[0]);
    }

    /** Computes the figures for the filter as it stands, off the FX thread, and shows them. */
    public void refresh() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            problem("the last day is before the first");
            return;
        }
        String who = annotator.getValue();
        StatsFilter filter = new StatsFilter(from.getValue(), to.getValue(),
                who == null || who.equals(EVERYBODY) ? null : who, zone);
        long request = ++requested;
        status.setStyle("");
        status.setText("computing…");
        background.execute(() -> {
            try {
                ReviewerStatistics s = stats.compute(filter);
                Platform.runLater(() -> {
                    if (request == requested) {
                        show(s);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (request == requested) {
                        problem("statistics failed: " + Messages.of(e));
                    }
                });
            }
        });
    }

    private void problem(String message) {
        status.setStyle("-fx-text-fill: #b00020;");
        status.setText(message);
    }

    private void show(ReviewerStatistics s) {
        charts.show(s.verifiedPerDay(), s.corrections());
        seconds.show(s.seconds().stream().map(ReviewerStatsView::secondsRow).toList());
        perDay.show(s.verifiedPerDay().stream().map(d -> List.of(d.day().toString(), d.annotator(),
                Long.toString(d.letters()))).toList());
        suggestions.show(s.suggestions().stream().map(ReviewerStatsView::suggestionRow).toList());
        corrections.show(pivot(s.corrections()));
        // the annotators seen so far stay choosable whatever the current filter shows
        TreeSet<String> names = new TreeSet<>(annotator.getItems().subList(1, annotator.getItems().size()));
        s.seconds().forEach(t -> names.add(t.annotator()));
        if (names.size() != annotator.getItems().size() - 1) {
            String chosen = annotator.getValue();
            annotator.getItems().setAll(EVERYBODY);
            annotator.getItems().addAll(names);
            annotator.setValue(chosen);
        }
        status.setText(plural(s.verifiedTotal(), "letter") + " verified, " + plural(s.correctionTotal(), "correction"));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static List<String> secondsRow(SecondsPerLetter t) {
        return List.of(t.annotator(), Long.toString(t.verified()), Long.toString(t.timed()), seconds(t.median()),
                seconds(t.p90()));
    }

    private static List<String> suggestionRow(SuggestionOutcome o) {
        return List.of(o.type(), count(o.accepted(), o.acceptedShare()), count(o.corrected(), o.correctedShare()),
                count(o.rejected(), o.rejectedShare()), Long.toString(o.missed()), percent(o.errorShare()));
    }

    private static List<List<String>> pivot(List<CorrectionCount> counts) {
        Map<String, long[]> byType = new TreeMap<>();
        int n = Reason.values().length;
        counts.forEach(c -> {
            long[] row = byType.computeIfAbsent(c.type(), t -> new long[n + 1]);
            row[c.reason().ordinal()] += c.count();
            row[n] += c.count();
        });
        List<List<String>> rows = new ArrayList<>();
        byType.forEach((type, row) -> {
            List<String> r = new ArrayList<>(List.of(type));
            for (long v : row) {
                r.add(Long.toString(v));
            }
            rows.add(r);
        });
        return rows;
    }

    static String seconds(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String count(long n, double share) {
        return Double.isNaN(share) ? Long.toString(n) : n + " (" + percent(share) + ")";
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
