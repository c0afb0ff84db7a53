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

/**
 * Decisions by type and tenant, scoring latency, alerts and labels. Tags never carry identifiers. Meters are kept
 * once found: a builder's {@code register} builds and hashes a meter id on each call, and most of these are counted
 * per scored event.
 */
@Singleton
public class ScoringMetrics {

    /** A meter's name and its tags as name/value pairs, in the order the method gives them. */
    private record MeterKey(String name, List<String> tags) {
    }

    private final MeterRegistry registry;
    private final Timer latency;
    /** Tenants, decisions, models, rules and reasons are few; nothing here is per identifier or per event. */
    private final Map<MeterKey, Meter> meters = new ConcurrentHashMap<>();

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
        counter("fraud.decisions.degraded", null, "tenant", tenant).increment();
    }

    private void counted(String tenant, DecisionType decision, String modelVersion) {
        counter("fraud.decisions", null, "tenant", tenant, "decision", decision.name(), "model", modelVersion).increment();
    }

    /** A challenger's shadow score, and whether it would have decided differently. */
    public void shadowScored(String challengerVersion, double score, boolean sameDecision) {
        ((DistributionSummary) meters.computeIfAbsent(new MeterKey("fraud.challenger.score", List.of("model", challengerVersion)),
                key -> DistributionSummary.builder(key.name()).tag("model", challengerVersion).publishPercentileHistogram()
                        .minimumExpectedValue(0.001).maximumExpectedValue(1.0).register(registry))).record(score);
        counter("fraud.challenger.decisions", null, "model", challengerVersion,
                "agreement", sameDecision ? "same" : "different").increment();
    }

    /** A tenant's recent traffic crossed a probing signal (security.ProbeDetector). */
    public void probeSuspected(String tenant, String signal) {
        counter("fraud.probe.suspected", "a tenant's recent traffic looked like probing", "tenant", tenant, "signal", signal)
                .increment();
    }

    public void alerted(String tenant) {
        counter("fraud.alerts.published", null, "tenant", tenant).increment();
    }

    /** A tenant rule fired: ACTIVE ones changed the decision (or confirmed it), SHADOW ones are only counted. */
    public void ruleFired(String tenant, String ruleId, String status, String action) {
        counter("fraud.rules.fired", "tenant rules whose condition held, per rule and status",
                "tenant", tenant, "rule", ruleId, "status", status, "action", action).increment();
    }

    /** A tenant rule whose condition failed at run time (counted as not fired). */
    public void ruleFailed(String tenant, String ruleId) {
        counter("fraud.rules.failed", null, "tenant", tenant, "rule", ruleId).increment();
    }

    /** A label-stream entry acknowledged without being applied, by reason ({@code unreadable}, {@code time_bounds}). */
    public void labelEntryDropped(String reason) {
        counter("fraud.label.entries.dropped", "label stream entries acknowledged and not applied", "reason", reason)
                .increment();
    }

    public void labelled(String tenant, String label) {
        counter("fraud.labels", null, "tenant", tenant, "label", label).increment();
    }

    /** @param tags name/value pairs */
    private Counter counter(String name, String description, String... tags) {
        return (Counter) meters.computeIfAbsent(new MeterKey(name, List.of(tags)),
                key -> Counter.builder(name).description(description).tags(tags).register(registry));
    }
}
