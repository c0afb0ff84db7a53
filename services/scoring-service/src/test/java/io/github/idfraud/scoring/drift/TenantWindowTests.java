package io.github.idfraud.scoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.models.DriftReference;
import io.github.idfraud.models.ReferenceBins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantWindowTests {

    private static final FeatureVector ZEROS = FeatureVector.of(new double[Feature.values().length]);
    private static final FeatureVector LARGE_AMOUNT = vector(Feature.AMOUNT_LOG, 9.0);

    private final ReferenceIndex reference = new ReferenceIndex(new DriftReference("test", 100,
            new ReferenceBins(List.of(0.5), List.of(0.5, 0.5)),
            Map.of(Feature.AMOUNT_LOG.featureName(), new ReferenceBins(List.of(4.0), List.of(0.8, 0.2)))));

    @Test
    void onlyTheLastEventsCountAndTheOldestLeaveAsNewOnesArrive() {
        TenantWindow window = new TenantWindow(4, reference);
        window.add(EventType.LOGIN, false, 0.1, ZEROS);
        window.add(EventType.LOGIN, false, 0.1, ZEROS);
        window.add(EventType.TRANSACTION, true, 0.9, ZEROS);
        window.add(EventType.TRANSACTION, false, 0.9, ZEROS);

        assertThat(window.psi(0, 1)).isZero();
        assertThat(window.alertRate(EventType.TRANSACTION)).isEqualTo(0.5);
        assertThat(window.alertRate(EventType.LOGIN)).isZero();

        window.add(EventType.TRANSACTION, true, 0.9, LARGE_AMOUNT);
        window.add(EventType.TRANSACTION, true, 0.9, LARGE_AMOUNT);

        assertThat(window.size()).isEqualTo(4);
        assertThat(window.alertRate(EventType.LOGIN)).as("both logins left the window").isNaN();
        assertThat(window.alertRate(EventType.TRANSACTION)).isEqualTo(0.75);
        // score: all 4 above 0.5 -> (1e-4 - 0.5) ln(1e-4 / 0.5) + (1 - 0.5) ln(1 / 0.5)
        assertThat(window.psi(0, 1)).isCloseTo(0.4999 * Math.log(5000) + 0.5 * Math.log(2), within(1e-9));
        // amount: 2 of 4 above 4.0 -> (0.5 - 0.8) ln(0.5 / 0.8) + (0.5 - 0.2) ln(0.5 / 0.2)
        int amount = reference.columnOf(Feature.AMOUNT_LOG.featureName());
        assertThat(window.psi(amount, 1)).isCloseTo(-0.3 * Math.log(0.625) + 0.3 * Math.log(2.5), within(1e-9));
    }

    @Test
    void tooFewEventsOrNoReferenceReadNaN() {
        TenantWindow window = new TenantWindow(10, reference);
        window.add(EventType.LOGIN, false, 0.1, ZEROS);
        assertThat(window.psi(0, 2)).isNaN();

        TenantWindow withoutReference = new TenantWindow(10, null);
        withoutReference.add(EventType.LOGIN, true, 0.1, ZEROS);
        assertThat(withoutReference.psi(0, 1)).isNaN();
        assertThat(withoutReference.alertRate(EventType.LOGIN)).isEqualTo(1.0);
    }

    @Test
    void featuresTheCardHasNoBinsForHaveNoColumn() {
        assertThat(reference.columns()).isEqualTo(2);
        assertThat(reference.columnOf(Feature.CUSTOMER_NEW_DEVICE.featureName())).isEqualTo(-1);
        assertThat(reference.missingFeatures()).contains(Feature.CUSTOMER_NEW_DEVICE.featureName())
                .doesNotContain(Feature.AMOUNT_LOG.featureName());
    }

    private static FeatureVector vector(Feature feature, double value) {
        double[] values = new double[Feature.values().length];
        values[feature.ordinal()] = value;
        return FeatureVector.of(values);
    }
}
