package io.github.idfraud.trainer.plot;

import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeriesCollection;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/** Precision-recall curves with the average precision of each model in its legend. */
final class PrecisionRecallChart {

    private PrecisionRecallChart() {
    }

    static JFreeChart of(String title, boolean[] fraud, Map<String, double[]> scoresByModel) {
        XYSeriesCollection data = new XYSeriesCollection();
        scoresByModel.forEach((model, scores) -> {
            var pr = LabelEvaluationUtil.generatePRCurve(fraud, scores);
            String name = model + String.format(Locale.ROOT, " (AP %.4f)", LabelEvaluationUtil.averagedPrecision(fraud, scores));
            data.addSeries(CurvePoints.thin(name, pr.recall, pr.precision, 0, false));
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, "recall", "precision", data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.getXYPlot().getDomainAxis().setRange(0, 1.0);
        chart.getXYPlot().getRangeAxis().setRange(0, 1.02);
        return chart;
    }
}
