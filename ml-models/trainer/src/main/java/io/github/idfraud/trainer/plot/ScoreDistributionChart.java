package io.github.idfraud.trainer.plot;

import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Score histograms of FRAUD and LEGIT events, each as the share of its own class per bin, on a log axis: LEGIT
 * events outnumber FRAUD a hundred to one and crowd near zero, so a linear count would hide both tails.
 */
final class ScoreDistributionChart {

    static final int BINS = 50;
    private static final double MIN_SHARE = 1e-6;

    private ScoreDistributionChart() {
    }

    static JFreeChart of(String title, boolean[] fraud, double[] scores) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(histogram(fraud, scores, true));
        data.addSeries(histogram(fraud, scores, false));
        JFreeChart chart = ChartFactory.createXYLineChart(title, "score (bins of " + 1.0 / BINS + ")",
                "share of the class's events (log scale)", data, PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().setRangeAxis(Charts.logAxis("share of the class's events (log scale)", MIN_SHARE));
        chart.getXYPlot().getDomainAxis().setRange(0, 1);
        return chart;
    }

    private static XYSeries histogram(boolean[] fraud, double[] scores, boolean ofFraud) {
        long[] bins = new long[BINS];
        long n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (fraud[i] == ofFraud) {
                bins[Math.min(BINS - 1, Math.max(0, (int) (scores[i] * BINS)))]++;
                n++;
            }
        }
        XYSeries series = new XYSeries(String.format(Locale.ROOT, "%s (%,d events)", ofFraud ? "FRAUD" : "LEGIT", n));
        for (int b = 0; b < BINS; b++) {
            if (bins[b] > 0) {
                // Empty bins are left out: a log axis cannot show zero.
                series.add((b + 0.5) / BINS, (double) bins[b] / n);
            }
        }
        return series;
    }
}
