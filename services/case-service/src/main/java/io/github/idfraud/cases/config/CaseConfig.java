package io.github.idfraud.cases.config;

import io.github.idfraud.contract.StreamNames;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed configuration of the case service; secrets come from the environment and have no prod default. */
@ConfigMapping(prefix = "fraud")
public interface CaseConfig {

    /** Base64 of 32 bytes, AES-256-GCM key of the contact envelopes on alerts (env FRAUD_CONTACT_ENCRYPTION_KEY). */
    Optional<String> contactEncryptionKey();

    /** HMAC secret for consumer answer links, at least 32 characters (env FRAUD_LINK_SIGNING_KEY). */
    Optional<String> linkSigningKey();

    /**
     * The banks whose analysts this deployment serves (env FRAUD_ANALYST_TENANTS, comma-separated): a token naming
     * any other tenant is refused, whatever its signature, so an identity provider that lets a user set their own
     * tenant cannot open another deployment's bank. {@value #ANY_TENANT} admits any, in dev and test only.
     */
    Optional<List<String>> analystTenants();

    /** The {@link #analystTenants} value that admits any tenant (dev and test profiles only). */
    String ANY_TENANT = "*";

    /** Retired contact-encryption keys still opening alerts' envelopes, comma-separated (env FRAUD_CONTACT_ENCRYPTION_PREVIOUS_KEYS). */
    Optional<String> contactEncryptionPreviousKeys();

    /** Retired link-signing keys whose links are still honoured, comma-separated (env FRAUD_LINK_SIGNING_PREVIOUS_KEYS). */
    Optional<String> linkSigningPreviousKeys();

    /** Externally reachable base URL of the answer links, e.g. https://fraud.bank.example (env FRAUD_PUBLIC_BASE_URL). */
    Optional<String> publicBaseUrl();

    Alerts alerts();

    Cases cases();

    Notifications notifications();

    Mail mail();

    Answers answers();

    Labels labels();

    Contacts contacts();

    Retention retention();

    Precision precision();

    Counts counts();

    Webhook webhook();

    /** The alert stream and this service's consumer group on it. */
    interface Alerts {
        @WithDefault(StreamNames.ALERTS)
        String stream();

        /** Where entries that cannot be processed go, with their reason. */
        @WithDefault(StreamNames.ALERTS_DEAD_LETTER)
        String deadLetterStream();

        @WithDefault(StreamNames.ALERTS_GROUP)
        String group();

        /** This instance's consumer name; must be unique per running instance (the pod name on Kubernetes). */
        @WithDefault("case-service-1")
        String consumer();

        /** Off only in tools and tests that drive the intake by hand. */
        @WithDefault("true")
        boolean enabled();

        /** Entries read at a time (one page); each lane stores its share of a page in one transaction. */
        @WithDefault("50")
        int batchSize();

        /**
         * Threads storing a page at once, the page split by identity: alerts about one identity go to one lane and
         * keep their stream order. Each lane holds a database connection while it stores.
         */
        @WithDefault("2")
        int lanes();

        /** How long one XREADGROUP waits for new entries. */
        @WithDefault("1s")
        Duration block();

        /** An entry pending this long belongs to a dead or stuck consumer and may be reclaimed. */
        @WithDefault("1m")
        Duration reclaimMinIdle();

        /** How often pending entries (a dead peer's, or our own after a database error) are reclaimed. */
        @WithDefault("30s")
        Duration reclaimEvery();
    }

    interface Cases {
        /** Alerts about the same identity within this period (event time) join one open case. */
        @WithDefault("P7D")
        Duration joinWindow();

        @WithDefault("0.9")
        double p1MinScore();

        @WithDefault("0.7")
        double p2MinScore();

        @WithDefault("4h")
        Duration p1Sla();

        @WithDefault("24h")
        Duration p2Sla();

        @WithDefault("72h")
        Duration p3Sla();
    }

    /** Which alerts tell the consumer. */
    interface Notifications {
        /**
         * A TRANSACTION alert emails the consumer when it was declined or scored at least this. Low by default: a payment
         * held for review is the moment a bank asks "did you make this payment?", and the scoring service's per-type
         * thresholds already chose which payments to hold.
         */
        @WithDefault("0.5")
        double transactionMinScore();
    }

    interface Mail {
        @WithDefault("5s")
        Duration pollEvery();

        /** Sending attempts before an email is marked FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failure; doubles after each further one, up to {@link #maxBackoff()}. */
        @WithDefault("1m")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        /** At most this many emails to one address (keyed by its HMAC) per {@link #rateLimitPeriod()}. */
        @WithDefault("3")
        int rateLimitMax();

        @WithDefault("24h")
        Duration rateLimitPeriod();

        /** Display names of the tenants in emails, e.g. {@code fraud.mail.bank-names.bank-a=Bank A}. */
        Map<String, String> bankNames();
    }

    interface Answers {
        /** How long a consumer answer link stays valid after the email is sent. */
        @WithDefault("P14D")
        Duration linkValidity();
    }

    interface Labels {
        /** Labels go to the scoring service on this stream (fields v, label). */
        @WithDefault(StreamNames.LABELS)
        String stream();

        @WithDefault("2s")
        Duration publishEvery();

        @WithDefault("100")
        int batchSize();
    }

    interface Contacts {
        /** Encrypted contact details are deleted this long after the alert arrived. */
        @WithDefault("P30D")
        Duration retention();

        @WithDefault("1h")
        Duration purgeEvery();
    }

    /**
     * How long everything else is kept (docs/operations.md, "Retention"). Streams are trimmed by entry age; tables are
     * purged by a scheduled job. Encrypted contacts have their own, shorter period ({@link Contacts#retention()}).
     */
    interface Retention {
        /** Alert stream entries older than this are trimmed: the intake copies them at once (env FRAUD_RETENTION_ALERTS_STREAM). */
        @WithDefault("P7D")
        Duration alertsStream();

        /** Dead-lettered alerts are kept this long for an operator to fix and replay (env FRAUD_RETENTION_DEAD_LETTERS). */
        @WithDefault("P14D")
        Duration deadLetters();

        /** Label stream entries older than this are trimmed: the scoring service reads them at once (env FRAUD_RETENTION_LABELS_STREAM). */
        @WithDefault("P7D")
        Duration labelsStream();

        /** A closed case, and everything under it, is deleted this long after it closed (env FRAUD_RETENTION_CLOSED_CASES). */
        @WithDefault("P400D")
        Duration closedCases();

        /** Answer links are deleted this long after they expired (env FRAUD_RETENTION_ANSWER_TOKENS). */
        @WithDefault("P60D")
        Duration answerTokens();

        /**
         * Finished e-mail and webhook outbox rows are deleted this long after they were queued (env
         * FRAUD_RETENTION_OUTBOX); longer than the per-recipient e-mail rate limit's period.
         */
        @WithDefault("P90D")
        Duration outbox();

        /** Published labels are deleted this long after they were reported: longer than any retraining window (env FRAUD_RETENTION_LABELS). */
        @WithDefault("P400D")
        Duration labels();

        /** Audit rows (no personal data) are purged after this; at least 30 days, which the database enforces (env FRAUD_RETENTION_AUDIT). */
        @WithDefault("P730D")
        Duration audit();

        /** How often streams are trimmed and tables purged (env FRAUD_RETENTION_PURGE_EVERY). */
        @WithDefault("1h")
        Duration purgeEvery();
    }

    /** The alert precision gauges, recomputed from the database (docs/operations.md, "Drift and model health"). */
    interface Precision {
        /** Analysts' outcomes and consumers' answers given within this period count (env FRAUD_PRECISION_WINDOW). */
        @WithDefault("P30D")
        Duration window();

        /** How often the gauges are recomputed (env FRAUD_PRECISION_REFRESH_EVERY). */
        @WithDefault("5m")
        Duration refreshEvery();
    }

    /** The gauges counted from the database: cases by status, bank webhooks not delivered. */
    interface Counts {
        /** How often they are recounted (env FRAUD_COUNTS_REFRESH_EVERY). */
        @WithDefault("30s")
        Duration refreshEvery();
    }

    /**
     * The bank of record hears a consumer's "not me" through a signed webhook (README, "Bank webhook"). A tenant
     * without a URL gets none: its deliveries end SKIPPED. No URL or key has a default outside the dev profile.
     */
    interface Webhook {
        /** {@code tenant:url} pairs, comma-separated (env FRAUD_WEBHOOK_URLS); https outside dev and test. */
        Optional<String> urls();

        /** {@code tenant:key} pairs, comma-separated, one per tenant with a URL (env FRAUD_WEBHOOK_SIGNING_KEYS). */
        Optional<String> signingKeys();

        @WithDefault("5s")
        Duration pollEvery();

        /** Posting attempts before a delivery is marked FAILED (7 to 9 hours with the default backoff). */
        @WithDefault("16")
        int maxAttempts();

        /** Wait after the first failure; doubles after each further one, up to {@link #maxBackoff()}, minus jitter. */
        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        @WithDefault("5s")
        Duration connectTimeout();

        /** Whole request, well below the 60 s transaction that holds the delivery's row while it is posted. */
        @WithDefault("10s")
        Duration requestTimeout();
    }
}
