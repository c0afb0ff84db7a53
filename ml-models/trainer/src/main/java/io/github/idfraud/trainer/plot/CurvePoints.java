package io.github.idfraud.trainer.plot;

import org.jfree.data.xy.XYSeries;

/**
 * Thins a curve with one point per distinct score (millions on a large period) to the points a chart can show:
 * a point is kept when it moves far enough from the last kept one, horizontally on a log scale or vertically.
 */
final class CurvePoints {

    private CurvePoints() {
    }

    static XYSeries thin(String name, double[] x, double[] y, double minX, boolean logX) {
        XYSeries series = new XYSeries(name, false, true);
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < x.length; i++) {
            double px = Math.max(x[i], minX);
            boolean last = i == x.length - 1;
            boolean movedX = Double.isNaN(lastX) || (logX ? px > lastX * 1.01 : px - lastX > 0.002);
            boolean movedY = Double.isNaN(lastY) || Math.abs(y[i] - lastY) > 0.002;
            if (last || movedX || movedY) {
                series.add(px, y[i]);
                lastX = px;
                lastY = y[i];
            }
        }
        return series;
    }
}
