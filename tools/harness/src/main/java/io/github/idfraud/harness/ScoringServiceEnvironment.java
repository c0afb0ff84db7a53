package io.github.idfraud.harness;

import io.github.idfraud.contract.EnvironmentVariables;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The scoring service's environment (its README's configuration table). */
public final class ScoringServiceEnvironment extends ServiceEnvironment<ScoringServiceEnvironment> {

    /** The tools measure and demonstrate the service, not its quotas: a tenant's rate is limited only when asked. */
    private static final long UNLIMITED_EVENTS_PER_SECOND = 1_000_000;

    {
        quota(UNLIMITED_EVENTS_PER_SECOND);
    }

    @Override
    public Service service() {
        return Service.SCORING;
    }

    /** {@code FRAUD_API_KEYS}: each tenant's bearer key, written as {@code tenant:key} pairs sorted by tenant. */
    public ScoringServiceEnvironment apiKeys(Map<String, String> keyByTenant) {
        return set(EnvironmentVariables.FRAUD_API_KEYS, tenantPairs(keyByTenant));
    }

    /** HMAC secret for identifiers, at least 32 characters. */
    public ScoringServiceEnvironment pseudonymisationKey(String secret) {
        return set(EnvironmentVariables.FRAUD_PSEUDONYMISATION_KEY, secret);
    }

    /** During a rotation window: the pseudonymisation key being retired (docs/operations.md, "Rotating keys"). */
    public ScoringServiceEnvironment pseudonymisationPreviousKey(String secret) {
        return set(EnvironmentVariables.FRAUD_PSEUDONYMISATION_PREVIOUS_KEY, secret);
    }

    /** During a rotation window: retired vault keys that still open vault entries, comma-separated. */
    public ScoringServiceEnvironment vaultPreviousKeys(String base64Keys) {
        return set(EnvironmentVariables.FRAUD_VAULT_PREVIOUS_KEYS, base64Keys);
    }

    /** Base64 of 32 bytes: the verified-contact vault's key, which only the scoring service holds. */
    public ScoringServiceEnvironment vaultKey(String base64) {
        return set(EnvironmentVariables.FRAUD_VAULT_KEY, base64);
    }

    /** The operators' key of {@code /admin/*} (model roll-out, tenant rules). */
    /** Serves Swagger UI at /q/swagger-ui, off in production. */
    public ScoringServiceEnvironment swaggerUi() {
        return set(EnvironmentVariables.QUARKUS_SWAGGER_UI_ENABLE, "true");
    }

    public ScoringServiceEnvironment adminKey(String secret) {
        return set(EnvironmentVariables.FRAUD_ADMIN_KEY, secret);
    }

    /** Every event scoring at least {@code score} is sent to REVIEW (and alerted), whatever its type and tenant. */
    public ScoringServiceEnvironment reviewThreshold(double score) {
        return set(EnvironmentVariables.FRAUD_DECISION_REVIEW, Double.toString(score));
    }

    public ScoringServiceEnvironment featureKeyPrefix(String prefix) {
        return set(EnvironmentVariables.FRAUD_FEATURE_KEY_PREFIX, prefix);
    }

    /** How long idempotency records live; they expire on their own should a tool die before its clean-up. */
    public ScoringServiceEnvironment eventRetention(Duration retention) {
        return set(EnvironmentVariables.FRAUD_EVENT_RETENTION, retention.toString());
    }

    /** How long a bank must have known a national ID's holder before applications elsewhere are notified to them. */
    public ScoringServiceEnvironment contactsEstablishedAfter(Duration after) {
        return set(EnvironmentVariables.FRAUD_CONTACTS_ESTABLISHED_AFTER, after.toString());
    }

    /**
     * Lets any {@code occurredAt} and {@code reportedAt} through: for tools that replay simulated history, whose times
     * lie far from today. Never in a deployment (ADR 0008).
     */
    public ScoringServiceEnvironment timeUnbounded() {
        return set(EnvironmentVariables.FRAUD_TIME_BOUNDS_ENABLED, "false");
    }

    /** Every tenant's quota on the service: events and labels per second (a 429 beyond, with two seconds of burst). */
    public ScoringServiceEnvironment quota(long eventsPerSecond) {
        return set(EnvironmentVariables.FRAUD_QUOTA_EVENTS_PER_SECOND, Long.toString(eventsPerSecond));
    }

    /**
     * {@code FRAUD_QUOTA_TENANTS}: tenants with a quota of their own, events per second each (the others keep
     * {@link #quota}). The service refuses a quota whose burst cannot hold a whole batch: lengthen
     * {@link #quotaBurst} or lower {@link #maxBatchEvents} with it.
     */
    public ScoringServiceEnvironment tenantQuotas(Map<String, Long> eventsPerSecondByTenant) {
        Map<String, String> rates = new HashMap<>();
        eventsPerSecondByTenant.forEach((tenant, rate) -> rates.put(tenant, Long.toString(rate)));
        return set(EnvironmentVariables.FRAUD_QUOTA_TENANTS, tenantPairs(rates));
    }

    /** {@code FRAUD_QUOTA_BURST_SECONDS}: how many seconds of its rate each tenant may send at once (2 s unless set). */
    public ScoringServiceEnvironment quotaBurst(Duration burst) {
        return set(EnvironmentVariables.FRAUD_QUOTA_BURST_SECONDS, burst.toString());
    }

    /** {@code FRAUD_LIMITS_MAX_BATCH_EVENTS}: most events in one batch (1,000 unless set). */
    public ScoringServiceEnvironment maxBatchEvents(int events) {
        return set(EnvironmentVariables.FRAUD_LIMITS_MAX_BATCH_EVENTS, Integer.toString(events));
    }

    /** Switches on the benchmark's ceiling endpoint ({@code POST /v1/bench/baseline}). */
    public ScoringServiceEnvironment benchBaseline() {
        return set(EnvironmentVariables.FRAUD_BENCH_BASELINE_ENABLED, "true");
    }
}
