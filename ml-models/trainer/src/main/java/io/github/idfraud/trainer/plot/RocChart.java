package io.github.idfraud.trainer.plot;

import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeriesCollection;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/** ROC curves, false-positive rate on a log axis: the low rates a fraud team can afford are where models differ. */
final class RocChart {

    static final double MIN_FPR = 1e-4;

    private RocChart() {
    }

    static JFreeChart of(String title, boolean[] fraud, Map<String, double[]> scoresByModel) {
        XYSeriesCollection data = new XYSeriesCollection();
        scoresByModel.forEach((model, scores) -> {
            var roc = LabelEvaluationUtil.generateROCCurve(fraud, scores);
            data.addSeries(CurvePoints.thin(model + String.format(java.util.Locale.ROOT, " (AUC %.4f)",
                    LabelEvaluationUtil.binaryAUCROC(fraud, scores)), roc.fpr, roc.tpr, MIN_FPR, true));
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, "false-positive rate", "recall (true-positive rate)", data,
                PlotOrientation.VERTICAL, true, false, false);
        LogAxis fpr = Charts.logAxis("false-positive rate (log scale)", MIN_FPR);
        fpr.setRange(MIN_FPR, 1);
        chart.getXYPlot().setDomainAxis(fpr);
        chart.getXYPlot().getRangeAxis().setRange(0, 1.02);
        return chart;
    }
}
