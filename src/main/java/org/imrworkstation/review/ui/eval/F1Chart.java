package org.imrworkstation.review.ui.eval;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.imrworkstation.eval.SpanReport;
import org.imrworkstation.export.gold.GoldEvaluation;

/**
 * F1 per span type: strict and lenient of one prediction, or strict F1 of two side by side. Not
 * animated: the bars are the figures at once (and a screenshot or a test sees them).
 */
final class F1Chart {

    private final BarChart<String, Number> chart;

    F1Chart() {
        NumberAxis y = new NumberAxis(0, 1, 0.1);
        y.setLabel("F1");
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelRotation(-35); // GUIDELINE_PAGE and PAIN_SCORE overlap when level
        chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setId("eval-chart");
        chart.setTitle("F1 per span type");
        chart.setCategoryGap(14);
        chart.setBarGap(2);
    }

    BarChart<String, Number> node() {
        return chart;
    }

    void show(EvalOutcome o) {
        if (o.comparing()) {
            chart.getData().setAll(List.of(series("A " + o.a().label(), o.a(), false),
                    series("B " + o.b().label(), o.b(), false)));
        } else {
            chart.getData().setAll(List.of(series("strict", o.a(), false), series("lenient", o.a(), true)));
        }
    }

    private static XYChart.Series<String, Number> series(String name, GoldEvaluation.Result r, boolean lenient) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (SpanReport.Row row : r.report().rows()) {
            s.getData().add(new XYChart.Data<>(row.type(), lenient ? row.f1Lenient() : row.f1()));
        }
        return s;
    }
}
