package io.github.idfraud.trainer.plot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.models.FeatureImportance;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotWriterTests {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void writesFourValidPngPlots() throws Exception {
        Random random = new Random(5);
        int n = 20_000;
        boolean[] fraud = new boolean[n];
        double[] good = new double[n];
        double[] weak = new double[n];
        for (int i = 0; i < n; i++) {
            fraud[i] = random.nextDouble() < 0.01;
            good[i] = fraud[i] ? 0.5 + random.nextDouble() / 2 : Math.pow(random.nextDouble(), 4);
            weak[i] = fraud[i] ? random.nextDouble() : random.nextDouble() * 0.9;
        }
        Map<String, double[]> scores = new LinkedHashMap<>();
        scores.put("XGBoost", good);
        scores.put("logistic regression", weak);
        var importance = List.of(new FeatureImportance("amount_log", 0.6, 12.5, 40),
                new FeatureImportance("device_events_1h", 0.4, 8.1, 22));

        Map<String, String> files = new PlotWriter().write(dir, "test period", fraud, scores, importance);

        assertThat(files).containsOnlyKeys("roc", "precisionRecall", "scoreDistribution", "featureImportance");
        for (String file : files.values()) {
            Path png = dir.resolve(file);
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes).as(file).startsWith(PNG_SIGNATURE);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(file + " decodes").isNotNull();
            assertThat(image.getWidth()).isEqualTo(900);
            assertThat(image.getHeight()).isGreaterThanOrEqualTo(650);
        }
    }

    @Test
    void aModelWithoutFeatureImportanceGetsNoImportancePlot() throws Exception {
        boolean[] fraud = {true, false, false, true, false};
        double[] scores = {0.9, 0.1, 0.2, 0.7, 0.8};
        Map<String, String> files = new PlotWriter().write(dir, "backtest", fraud, Map.of("champion", scores), List.of());
        assertThat(files).doesNotContainKey("featureImportance");
        assertThat(dir.resolve(PlotWriter.FEATURE_IMPORTANCE)).doesNotExist();
        assertThat(dir.resolve(PlotWriter.ROC)).isNotEmptyFile();
    }
}
