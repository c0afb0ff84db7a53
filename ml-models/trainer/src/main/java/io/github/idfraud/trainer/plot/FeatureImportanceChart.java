package io.github.idfraud.trainer.plot;

import io.github.idfraud.models.FeatureImportance;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The features with the largest share of the XGBoost model's total gain, as horizontal bars. */
final class FeatureImportanceChart {

    static final int TOP = 20;

    private FeatureImportanceChart() {
    }

    static JFreeChart of(String title, List<FeatureImportance> importance) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FeatureImportance f : importance.subList(0, Math.min(TOP, importance.size()))) {
            data.addValue(f.gainShare(), "share of total gain", f.feature());
        }
        return ChartFactory.createBarChart(title, "feature", "share of total gain", data, PlotOrientation.HORIZONTAL,
                false, false, false);
    }
}
