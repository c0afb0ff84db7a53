package io.github.idfraud.scoring.config;

import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.features.TimeBounds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/** Typed configuration of the scoring service; secrets come from the environment and have no prod default. */
@ConfigMapping(prefix = "fraud")
public interface ScoringConfig {

    /** {@code tenant:key} pairs, comma-separated (env FRAUD_API_KEYS). */
    Optional<String> apiKeys();

    /** HMAC secret for identifiers, at least 32 characters (env FRAUD_PSEUDONYMISATION_KEY). */
    Optional<String> pseudonymisationKey();

    /**
     * The pseudonymisation key being retired (env FRAUD_PSEUDONYMISATION_PREVIOUS_KEY): while set, an identifier not yet
     * known under the current key's pseudonym has its state moved there from the previous key's.
     */
    Optional<String> pseudonymisationPreviousKey();

    /** Base64 of 32 bytes, AES-256-GCM for consumer contact details on alerts (env FRAUD_CONTACT_ENCRYPTION_KEY). */
    Optional<String> contactEncryptionKey();

    /** Retired contact-encryption keys, comma-separated (env FRAUD_CONTACT_ENCRYPTION_PREVIOUS_KEYS). */
    Optional<String> contactEncryptionPreviousKeys();

    /** Base64 of 32 bytes, AES-256-GCM for the verified-contact vault in Redis; the case service never has it (env FRAUD_VAULT_KEY). */
    Optional<String> vaultKey();

    /** Retired vault keys still opening vault entries, comma-separated (env FRAUD_VAULT_PREVIOUS_KEYS). */
    Optional<String> vaultPreviousKeys();

    /** Model artifact to load (env FRAUD_MODEL_PATH); the released default model when absent. */
    Optional<String> modelPath();

    /** A challenger artifact that scores every event in shadow, never deciding (env FRAUD_CHALLENGER_MODEL_PATH). */
    Optional<String> challengerModelPath();

    /**
     * The one directory {@code /admin/model/*} may load a given location from (env FRAUD_MODEL_ADMIN_DIRECTORY), each
     * artifact pinned by its sha256; unset, the admin API reloads the configured paths and nothing else.
     */
    Optional<String> modelAdminDirectory();

    /** The largest model artifact read, in bytes (env FRAUD_MODEL_MAX_BYTES): a bigger file is refused unread. */
    @WithDefault("268435456")
    long modelMaxBytes();

    /** Bearer key for the /admin endpoints (env FRAUD_ADMIN_KEY); without it they refuse every call. */
    Optional<String> adminKey();

    /** Enables POST /v1/bench/baseline, the benchmark's one-Redis-round-trip ceiling (env FRAUD_BENCH_BASELINE_ENABLED). */
    @WithDefault("false")
    boolean benchBaselineEnabled();

    /** Namespace of the feature windows in Redis. */
    @WithDefault(RedisKeys.FEATURE_PREFIX)
    String featureKeyPrefix();

    /** Bytes of identifier values kept in memory between events (ADR 0004); 0 reads Redis for every identifier. */
    @WithDefault("67108864")
    long featureCacheBytes();

    /**
     * How many Redis hashes the identifier values are spread over (ADR 0015): about one per hundred identifiers. Set it
     * once per deployment: a change orphans the stored values, which then expire.
     */
    @WithDefault("" + StateBuckets.DEFAULT_COUNT)
    int featureStateBuckets();

    /**
     * How often each replica walks every bucket and deletes the identifier values past their deadline (ADR 0015), so a
     * seldom-written bucket keeps no dead value longer than this.
     */
    @WithDefault("PT1H")
    Duration featureSweepEvery();

    Alerts alerts();

    Labels labels();

    Decision decision();

    Limits limits();

    Quota quota();

    AuthFailures authFailures();

    Drift drift();

    Rules rules();

    Contacts contacts();

    TimeBoundsSettings timeBounds();

    /** How long the answer to an event is kept for idempotent retries (and its identifiers for labels). */
    @WithDefault("P35D")
    Duration eventRetention();

    /** How many reasons an answer carries. */
    @WithDefault("3")
    int reasons();

    interface Alerts {
        /** Redis Stream that carries REVIEW and DECLINE events to the case service. */
        @WithDefault(StreamNames.ALERTS)
        String stream();
    }

    /** Labels arriving from the case service on a Redis Stream. */
    interface Labels {
        @WithDefault(StreamNames.LABELS)
        String stream();

        @WithDefault("scoring-service")
        String consumerGroup();

        /** Off in tests that do not want a background consumer. */
        @WithDefault("true")
        boolean consume();

        /** Entries pending this long (at a dead consumer, or failed here) are taken over; checked this often too. */
        @WithDefault("PT60S")
        Duration reclaimAfter();
    }

    /**
     * Score thresholds; each defaults to the live model's calibrated threshold. A REVIEW threshold set here applies to
     * every event type and tenant; otherwise the tenant's alert budget picks per-event-type thresholds from the card.
     */
    interface Decision {
        OptionalDouble challenge();

        OptionalDouble review();

        OptionalDouble decline();

        /** Share of events sent to REVIEW or DECLINE for tenants without their own budget; default: the card's. */
        OptionalDouble alertBudget();

        /** {@code tenant:share} pairs, comma-separated, e.g. {@code bank-a:0.005,bank-b:0.02}. */
        Optional<String> alertBudgets();
    }

    /** Tenant rules beside the model (docs/rules.md). */
    interface Rules {
        /** How often each replica polls Redis for rule changes made through another replica (env FRAUD_RULES_POLL_INTERVAL). */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Namespace of the rule keys in Redis; none in production, set by tests to stay apart. */
        Optional<String> keyPrefix();

        /** Audit entries kept per tenant, newest kept. */
        @WithDefault("10000")
        int auditEntries();
    }

    /** Which verified contact a "Was this you?" notice may use (ADR 0009). */
    interface Contacts {
        /**
         * A national ID's holder is warned about applications made with it only when their bank has known them at
         * least this long: a fraudster's young account opened with a stolen ID never outranks the real holder.
         */
        @WithDefault("P90D")
        Duration establishedAfter();

        /**
         * A verified contact that replaced another is trusted for notices only this long after it was verified; until
         * then the one it replaced is used (a takeover's new, verified address belongs to the fraudster).
         */
        @WithDefault("P14D")
        Duration changeQuarantine();
    }

    /**
     * How far an event's {@code occurredAt} or a label's {@code reportedAt} may stray from this server's clock on the
     * live path (ADR 0008): outside, the API answers 400 naming the field, a stream label is dropped and counted, and
     * the feature engine refuses anything past the upper bound. Defaults in {@link TimeBounds}, with their reasons.
     */
    interface TimeBoundsSettings {
        /** Off only for tools that replay simulated history through the API (env FRAUD_TIME_BOUNDS_ENABLED). */
        @WithDefault("true")
        boolean enabled();

        /** How far ahead of this server's clock a time may be (env FRAUD_TIME_BOUNDS_MAX_AHEAD). */
        @WithDefault(TimeBounds.DEFAULT_MAX_AHEAD)
        Duration maxAhead();

        /** How far behind this server's clock a time may be (env FRAUD_TIME_BOUNDS_MAX_AGE). */
        @WithDefault(TimeBounds.DEFAULT_MAX_AGE)
        Duration maxAge();
    }

    interface Limits {
        /** Largest accepted body of a single event or label, in bytes. */
        @WithDefault("65536")
        int maxEventBytes();

        /** Largest accepted body of a batch, in bytes. */
        @WithDefault("8388608")
        int maxBatchBytes();

        /** Most events in one batch. */
        @WithDefault("1000")
        int maxBatchEvents();

        /**
         * Most API requests ({@code /v1/*}) this pod works on at once (env FRAUD_LIMITS_MAX_IN_FLIGHT); beyond them a
         * request is refused at once, before its body is parsed, with 503 and Retry-After (rest.InFlightLimit), so a
         * burst above what the pod can score is shed instead of queued (docs/operations.md, "Overload").
         */
        @WithDefault("256")
        int maxInFlight();
    }

    /** Each tenant's quota on one pod (TenantQuotas); over it, a 429 with Retry-After. */
    interface Quota {
        /** Events and labels per second a tenant may send to one pod (env FRAUD_QUOTA_EVENTS_PER_SECOND). */
        @WithDefault("1000")
        long eventsPerSecond();

        /** How many seconds of its rate a tenant may send at once; at least one batch's worth. */
        @WithDefault("PT2S")
        Duration burstSeconds();

        /** {@code tenant:rate} pairs for tenants with a quota of their own (env FRAUD_QUOTA_TENANTS). */
        Optional<String> tenants();
    }

    /** How many unknown API keys one client address may present (FailedAuthentications). */
    interface AuthFailures {
        /** Unknown keys at once. */
        @WithDefault("20")
        long burst();

        /** One more unknown key allowed each time this passes. */
        @WithDefault("PT6S")
        Duration refillEvery();
    }

    /** Drift and alert-rate gauges over each tenant's most recent events (docs/operations.md, "Drift"). */
    interface Drift {
        /** How many of a tenant's latest scored events the gauges describe (env FRAUD_DRIFT_WINDOW_EVENTS). */
        @WithDefault("10000")
        int windowEvents();

        /** Fewer events than this in the window and the PSI gauges read NaN: too few to tell drift from noise. */
        @WithDefault("1000")
        int minEvents();
    }
}
