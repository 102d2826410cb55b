package org.imrworkstation.review.ui.stats;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.imrworkstation.store.Reason;
import org.imrworkstation.store.stats.CorrectionCount;
import org.imrworkstation.store.stats.VerifiedPerDay;

/** The two charts: letters verified per day (a bar per annotator) and corrections by span type, stacked by reason. */
final class StatsCharts {

    final BarChart<String, Number> perDay;
    final StackedBarChart<Number, String> corrections;

    StatsCharts() {
        perDay = new BarChart<>(new CategoryAxis(), integerAxis("letters verified"));
        perDay.setId("stats-per-day-chart");
        perDay.setTitle("Letters verified per day");
        // lying bars: the span types' names stay readable instead of turning on their side
        corrections = new StackedBarChart<>(integerAxis("corrections"), new CategoryAxis());
        corrections.setId("stats-corrections-chart");
        corrections.setTitle("Corrections by span type and reason");
        for (XYChart<?, ?> c : List.of(perDay, corrections)) {
            // figures, not a show: animation would also leave the chart half-drawn in a screenshot
            c.setAnimated(false);
            c.setPrefSize(620, 360);
            c.setMinHeight(300);
        }
    }

    private static NumberAxis integerAxis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(label);
        a.setMinorTickVisible(false);
        a.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        return a;
    }

    void show(List<VerifiedPerDay> days, List<CorrectionCount> counts) {
        // every series lists every day, so that the category axis keeps the days in order
        TreeSet<String> allDays = new TreeSet<>();
        Map<String, Map<String, Long>> byAnnotator = new LinkedHashMap<>();
        for (VerifiedPerDay d : days) {
            allDays.add(d.day().toString());
        }
        days.stream().map(VerifiedPerDay::annotator).sorted().distinct()
                .forEach(a -> byAnnotator.put(a, new LinkedHashMap<>()));
        days.forEach(d -> byAnnotator.get(d.annotator()).put(d.day().toString(), d.letters()));
        ((CategoryAxis) perDay.getXAxis()).getCategories().setAll(allDays);
        perDay.getData().clear();
        byAnnotator.forEach((a, n) -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(a);
            allDays.forEach(day -> s.getData().add(new XYChart.Data<>(day, n.getOrDefault(day, 0L))));
            perDay.getData().add(s);
        });

        Map<String, Long> totals = new TreeMap<>();
        counts.forEach(c -> totals.merge(c.type(), c.count(), Long::sum));
        // the axis lists categories from the bottom up: the most corrected type ends up on top
        List<String> types = totals.keySet().stream()
                .sorted(Comparator.comparing((String t) -> totals.get(t)).thenComparing(Comparator.reverseOrder()))
                .toList();
        ((CategoryAxis) corrections.getYAxis()).getCategories().setAll(types);
        corrections.getData().clear();
        for (Reason r : Reason.values()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(r.name());
            for (String type : types) {
                long n = counts.stream().filter(c -> c.type().equals(type) && c.reason() == r)
                        .mapToLong(CorrectionCount::count).sum();
                s.getData().add(new XYChart.Data<>(n, type));
            }
            corrections.getData().add(s);
        }
    }
}
