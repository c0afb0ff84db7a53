package io.github.idfraud.scoring.drift;

import io.github.idfraud.contract.EventType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * The drift gauges, read at each scrape from the tenant windows: PSI of the score and of each feature against the
 * champion's reference, and the alert rate per event type. Registering an existing gauge again is a no-op, so each
 * gauge reads through the monitor's current state rather than holding a window.
 */
@Singleton
public class DriftMetrics {

    private final MeterRegistry registry;

    DriftMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void scorePsi(String tenant, Supplier<Number> psi) {
        Gauge.builder("fraud.score.psi", psi)
                .description("population stability index of the tenant's recent scores against the champion's reference")
                .tag("tenant", tenant).register(registry);
    }

    void featurePsi(String tenant, String feature, Supplier<Number> psi) {
        Gauge.builder("fraud.feature.psi", psi)
                .description("population stability index of one feature over the tenant's recent events against the champion's reference")
                .tag("tenant", tenant).tag("feature", feature).register(registry);
    }

    void alertRate(String tenant, EventType type, Supplier<Number> rate) {
        Gauge.builder("fraud.alert.rate", rate)
                .description("share of the tenant's recent events of this type decided REVIEW or DECLINE")
                .tag("tenant", tenant).tag("type", type.name()).register(registry);
    }

    void windowEvents(String tenant, Supplier<Number> events) {
        Gauge.builder("fraud.drift.window.events", events)
                .description("events in the tenant's drift window (PSI reads NaN below the configured minimum)")
                .tag("tenant", tenant).register(registry);
    }
}
