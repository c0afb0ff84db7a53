package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.WebhookStatus;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Cases, intake, emails, bank webhooks, answers and labels. Tags are tenants and closed sets, never identifiers or
 * addresses.
 */
@ApplicationScoped
public class CaseMetrics {

    private final MeterRegistry registry;
    private final Timer intakeLag;
    private final Map<String, AtomicLong> casesByTenantAndStatus = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> webhooksByTenantAndStatus = new ConcurrentHashMap<>();
    private final Map<String, Decided> decidedByTenantAndSource = new ConcurrentHashMap<>();

    /** Decided alerts of one tenant and source in the precision window, and how many of them were fraud. */
    private static final class Decided {
        final AtomicLong fraud = new AtomicLong();
        final AtomicLong all = new AtomicLong();

        double precision() {
            long decided = all.get();
            return decided == 0 ? Double.NaN : (double) fraud.get() / decided;
        }
    }

    CaseMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.intakeLag = Timer.builder("fraud.intake.lag")
                .description("time from the alert entering the stream to its case being committed")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    public void caseOpened(String tenant) {
        Counter.builder("fraud.cases.opened").description("cases opened").tag("tenant", tenant)
                .register(registry).increment();
    }

    /** Sets the current number of cases of a tenant in a status (refreshed from the database). */
    public void casesInStatus(String tenant, CaseStatus status, long count) {
        statusGauge(casesByTenantAndStatus, tenant, status, count, value ->
                Gauge.builder("fraud.cases", value, AtomicLong::get).description("cases by tenant and status"));
    }

    /** Sets how many of a tenant's bank webhooks are PENDING, or FAILED for good (refreshed from the database). */
    public void webhooksInStatus(String tenant, WebhookStatus status, long count) {
        statusGauge(webhooksByTenantAndStatus, tenant, status, count, value ->
                Gauge.builder("fraud.webhook.deliveries", value, AtomicLong::get)
                        .description("bank webhooks not delivered, by tenant and status (PENDING, FAILED)"));
    }

    /** Sets a tenant's count in one status, registering its gauge the first time. */
    private void statusGauge(Map<String, AtomicLong> gauges, String tenant, Enum<?> status, long count,
                             Function<AtomicLong, Gauge.Builder<AtomicLong>> gauge) {
        gauges.computeIfAbsent(tenant + "/" + status, key -> {
            AtomicLong value = new AtomicLong();
            gauge.apply(value).tag("tenant", tenant).tag("status", status.name()).register(registry);
            return value;
        }).set(count);
    }

    /**
     * Sets how many of a tenant's alerts were decided within the precision window by {@code source} ({@code analyst}:
     * case outcomes, {@code consumer}: answers to the "Was this you?" email) and how many of those were fraud.
     */
    public void alertsDecided(String tenant, String source, long fraud, long decided) {
        Decided value = decidedByTenantAndSource.computeIfAbsent(tenant + "/" + source, key -> {
            Decided created = new Decided();
            Gauge.builder("fraud.alert.precision", created, Decided::precision)
                    .description("share of decided alerts that were fraud (NaN when none was decided in the window)")
                    .tag("tenant", tenant).tag("source", source).register(registry);
            Gauge.builder("fraud.alert.decided", created, d -> d.all.get())
                    .description("alerts decided in the precision window, the precision's denominator")
                    .tag("tenant", tenant).tag("source", source).register(registry);
            return created;
        });
        value.fraud.set(fraud);
        value.all.set(decided);
    }

    /** Outcome of one alert stream entry: created, joined, duplicate, dead_letter or retry. */
    public void intake(String outcome) {
        Counter.builder("fraud.intake.alerts").tag("outcome", outcome).register(registry).increment();
    }

    public void intakeLag(Duration lag) {
        intakeLag.record(lag.isNegative() ? Duration.ZERO : lag);
    }

    /** Outcome of one sending attempt: sent, retry, failed, skipped or suppressed. */
    public void email(String outcome) {
        Counter.builder("fraud.emails").tag("outcome", outcome).register(registry).increment();
    }

    /** Outcome of one bank webhook attempt: delivered, retry, failed or skipped. */
    public void webhook(String tenant, String outcome) {
        Counter.builder("fraud.webhooks").tag("tenant", tenant).tag("outcome", outcome).register(registry).increment();
    }

    public void consumerAnswer(String answer) {
        Counter.builder("fraud.consumer.answers").tag("answer", answer).register(registry).increment();
    }

    public void labelled(String tenant, LabelValue value, LabelSource source) {
        Counter.builder("fraud.labels.recorded").tag("tenant", tenant).tag("label", value.name())
                .tag("source", source.name()).register(registry).increment();
    }

    public void labelsPublished(int count) {
        Counter.builder("fraud.labels.published").register(registry).increment(count);
    }
}
