package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.scoring.model.ModelRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Decisions by type and tenant, scoring latency, alerts and labels. Tags never carry identifiers. */
@ApplicationScoped
public class ScoringMetrics {

    private final MeterRegistry registry;
    private final Timer latency;

    ScoringMetrics(MeterRegistry registry, ModelRegistry models) {
        this.registry = registry;
        Gauge.builder("fraud.model.info", models, m -> m.isLoaded() ? 1 : 0)
                .description("1 while the tagged model version is live")
                .tag("version", models.live().model().card().version())
                .register(registry);
        this.latency = Timer.builder("fraud.scoring.latency")
                .description("time to score one event, from validated request to answer")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(2))
                .register(registry);
    }

    public void decided(String tenant, DecisionType decision, String modelVersion, long nanos) {
        Counter.builder("fraud.decisions").tag("tenant", tenant).tag("decision", decision.name())
                .tag("model", modelVersion).register(registry).increment();
        latency.record(Duration.ofNanos(nanos));
    }

    public void alerted(String tenant) {
        Counter.builder("fraud.alerts.published").tag("tenant", tenant).register(registry).increment();
    }

    public void labelled(String tenant, String label) {
        Counter.builder("fraud.labels").tag("tenant", tenant).tag("label", label).register(registry).increment();
    }
}
