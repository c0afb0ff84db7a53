package io.github.idfraud.trainer.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/** Shared look of the trainer's charts and PNG output. */
final class Charts {

    static final int WIDTH = 900;
    static final int HEIGHT = 650;

    private Charts() {
    }

    /** A log axis with a tick per power of ten, labelled 0.001 rather than 10^-3. */
    static LogAxis logAxis(String label, double smallest) {
        LogAxis axis = new LogAxis(label);
        axis.setSmallestValue(smallest);
        axis.setTickUnit(new NumberTickUnit(1.0));
        axis.setNumberFormatOverride(new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return axis;
    }

    static void save(JFreeChart chart, Path file, int width, int height) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        style(chart.getPlot());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    private static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
            XYItemRenderer renderer = xy.getRenderer();
            for (int i = 0; i < xy.getSeriesCount(); i++) {
                renderer.setSeriesStroke(i, new BasicStroke(2f));
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
    }
}
