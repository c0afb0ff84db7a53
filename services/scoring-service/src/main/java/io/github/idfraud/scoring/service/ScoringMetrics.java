package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.DecisionType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decisions by type and tenant, scoring latency, alerts and labels. Tags never carry identifiers. Every meter is kept
 * once registered: a builder's {@code register} builds and hashes a meter id on each call, and most of these are
 * touched by every scored event. Each meter keeps its literal builder, which the k8s validator reads to check that the
 * dashboards chart registered meters.
 */
@Singleton
public class ScoringMetrics {

    private final MeterRegistry registry;
    private final Timer latency;
    /** By name and tag values (in the order the method tags them); tenants, decisions, models and rules are few. */
    private final Map<List<String>, Meter> meters = new ConcurrentHashMap<>();

    ScoringMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("fraud.scoring.latency")
                .description("time to score one event, from validated request to answer")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(2))
                .register(registry);
    }

    public void decided(String tenant, DecisionType decision, String modelVersion, long nanos) {
        counted(tenant, decision, modelVersion);
        latency.record(Duration.ofNanos(nanos));
    }

    /**
     * An event answered without its feature windows (Redis out): a decision, and a degraded one; its latency is left
     * out of the scoring latency, which describes full answers.
     */
    public void decidedDegraded(String tenant, DecisionType decision, String modelVersion) {
        counted(tenant, decision, modelVersion);
        this.<Counter>meter(List.of("fraud.decisions.degraded", tenant), () -> Counter
                .builder("fraud.decisions.degraded").tag("tenant", tenant).register(registry)).increment();
    }

    private void counted(String tenant, DecisionType decision, String modelVersion) {
        this.<Counter>meter(List.of("fraud.decisions", tenant, decision.name(), modelVersion), () -> Counter
                .builder("fraud.decisions").tag("tenant", tenant).tag("decision", decision.name())
                .tag("model", modelVersion).register(registry)).increment();
    }

    /** A challenger's shadow score, and whether it would have decided differently. */
    public void shadowScored(String challengerVersion, double score, boolean sameDecision) {
        this.<DistributionSummary>meter(List.of("fraud.challenger.score", challengerVersion), () -> DistributionSummary
                .builder("fraud.challenger.score").tag("model", challengerVersion).publishPercentileHistogram()
                .minimumExpectedValue(0.001).maximumExpectedValue(1.0).register(registry)).record(score);
        String agreement = sameDecision ? "same" : "different";
        this.<Counter>meter(List.of("fraud.challenger.decisions", challengerVersion, agreement), () -> Counter
                .builder("fraud.challenger.decisions").tag("model", challengerVersion).tag("agreement", agreement)
                .register(registry)).increment();
    }

    /** A tenant's recent traffic crossed a probing signal (security.ProbeDetector). */
    public void probeSuspected(String tenant, String signal) {
        this.<Counter>meter(List.of("fraud.probe.suspected", tenant, signal), () -> Counter
                .builder("fraud.probe.suspected").description("a tenant's recent traffic looked like probing")
                .tag("tenant", tenant).tag("signal", signal).register(registry)).increment();
    }

    public void alerted(String tenant) {
        this.<Counter>meter(List.of("fraud.alerts.published", tenant), () -> Counter
                .builder("fraud.alerts.published").tag("tenant", tenant).register(registry)).increment();
    }

    /** A tenant rule fired: ACTIVE ones changed the decision (or confirmed it), SHADOW ones are only counted. */
    public void ruleFired(String tenant, String ruleId, String status, String action) {
        this.<Counter>meter(List.of("fraud.rules.fired", tenant, ruleId, status, action), () -> Counter
                .builder("fraud.rules.fired").description("tenant rules whose condition held, per rule and status")
                .tag("tenant", tenant).tag("rule", ruleId).tag("status", status).tag("action", action)
                .register(registry)).increment();
    }

    /** A tenant rule whose condition failed at run time (counted as not fired). */
    public void ruleFailed(String tenant, String ruleId) {
        this.<Counter>meter(List.of("fraud.rules.failed", tenant, ruleId), () -> Counter
                .builder("fraud.rules.failed").tag("tenant", tenant).tag("rule", ruleId).register(registry)).increment();
    }

    /** A label-stream entry acknowledged without being applied, by reason ({@code unreadable}, {@code time_bounds}). */
    public void labelEntryDropped(String reason) {
        this.<Counter>meter(List.of("fraud.label.entries.dropped", reason), () -> Counter
                .builder("fraud.label.entries.dropped").description("label stream entries acknowledged and not applied")
                .tag("reason", reason).register(registry)).increment();
    }

    public void labelled(String tenant, String label) {
        this.<Counter>meter(List.of("fraud.labels", tenant, label), () -> Counter
                .builder("fraud.labels").tag("tenant", tenant).tag("label", label).register(registry)).increment();
    }

    /** The meter registered under these name and tag values, registered by {@code registration} the first time. */
    @SuppressWarnings("unchecked")
    private <M extends Meter> M meter(List<String> nameAndTagValues, Supplier<M> registration) {
        return (M) meters.computeIfAbsent(nameAndTagValues, key -> registration.get());
    }
}
