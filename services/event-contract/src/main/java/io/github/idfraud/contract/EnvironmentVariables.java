package io.github.idfraud.contract;

import java.util.List;

/**
 * The configuration contract: the environment variables operators set (DESIGN.md, "Configuration contract"), named
 * once for the services' messages and for the tools that launch the services (demo, load generator). Each constant's
 * value is its own name. Quarkus maps each to its property ({@code FRAUD_API_KEYS} is {@code fraud.api-keys}).
 */
public final class EnvironmentVariables {

    /**
     * Every variable of the services' configuration starts with one of these; a tool that launches a service removes
     * the caller's variables with these prefixes first, so nothing of another deployment's configuration leaks in.
     */
    public static final List<String> SERVICE_PREFIXES = List.of("FRAUD_", "QUARKUS_", "MP_JWT_");

    // ---- both services
    public static final String QUARKUS_HTTP_HOST = "QUARKUS_HTTP_HOST";
    public static final String QUARKUS_HTTP_PORT = "QUARKUS_HTTP_PORT";
    /**
     * The management interface (health and metrics under /q), on a port of its own in production so the service
     * port never serves them; default 9000 on every interface.
     */
    public static final String QUARKUS_MANAGEMENT_HOST = "QUARKUS_MANAGEMENT_HOST";
    public static final String QUARKUS_MANAGEMENT_PORT = "QUARKUS_MANAGEMENT_PORT";
    /** {@code cluster} on a Redis Cluster, QUARKUS_REDIS_HOSTS then naming its seed nodes; standalone by default. */
    public static final String QUARKUS_REDIS_CLIENT_TYPE = "QUARKUS_REDIS_CLIENT_TYPE";
    public static final String QUARKUS_REDIS_HOSTS = "QUARKUS_REDIS_HOSTS";
    public static final String QUARKUS_SHUTDOWN_TIMEOUT = "QUARKUS_SHUTDOWN_TIMEOUT";
    /** {@code true} serves Swagger UI at /q/swagger-ui (demo and local runs; off in production). */
    public static final String QUARKUS_SWAGGER_UI_ENABLE = "QUARKUS_SWAGGER_UI_ENABLE";
    /** Base64 of 32 bytes: AES-256-GCM key of the contact envelopes, the same in both services. */
    public static final String FRAUD_CONTACT_ENCRYPTION_KEY = "FRAUD_CONTACT_ENCRYPTION_KEY";
    /** Retired contact-encryption keys that still open envelopes during a rotation window, comma-separated. */
    public static final String FRAUD_CONTACT_ENCRYPTION_PREVIOUS_KEYS = "FRAUD_CONTACT_ENCRYPTION_PREVIOUS_KEYS";
    public static final String FRAUD_ALERTS_STREAM = "FRAUD_ALERTS_STREAM";
    public static final String FRAUD_LABELS_STREAM = "FRAUD_LABELS_STREAM";

    // ---- scoring service
    /** {@code tenant:key} pairs, comma-separated. */
    public static final String FRAUD_API_KEYS = "FRAUD_API_KEYS";
    /** HMAC secret for identifiers, at least 32 characters. */
    public static final String FRAUD_PSEUDONYMISATION_KEY = "FRAUD_PSEUDONYMISATION_KEY";
    /** The pseudonymisation key being retired: its identifiers' state moves to the current key's when next seen. */
    public static final String FRAUD_PSEUDONYMISATION_PREVIOUS_KEY = "FRAUD_PSEUDONYMISATION_PREVIOUS_KEY";
    /** Base64 of 32 bytes: AES-256-GCM key of the verified-contact vault in Redis, held by the scoring service only. */
    public static final String FRAUD_VAULT_KEY = "FRAUD_VAULT_KEY";
    /** Retired vault keys that still open vault entries during a rotation window, comma-separated. */
    public static final String FRAUD_VAULT_PREVIOUS_KEYS = "FRAUD_VAULT_PREVIOUS_KEYS";
    public static final String FRAUD_ADMIN_KEY = "FRAUD_ADMIN_KEY";
    public static final String FRAUD_MODEL_PATH = "FRAUD_MODEL_PATH";
    /** The only directory the admin API loads a named model from, each artifact pinned by its sha256. */
    public static final String FRAUD_MODEL_ADMIN_DIRECTORY = "FRAUD_MODEL_ADMIN_DIRECTORY";
    /** The largest model artifact read, in bytes. */
    public static final String FRAUD_MODEL_MAX_BYTES = "FRAUD_MODEL_MAX_BYTES";
    /** The score from which an event goes to REVIEW, for every type and tenant (default: the model card's thresholds). */
    public static final String FRAUD_DECISION_REVIEW = "FRAUD_DECISION_REVIEW";
    public static final String FRAUD_FEATURE_KEY_PREFIX = "FRAUD_FEATURE_KEY_PREFIX";
    public static final String FRAUD_FEATURE_STATE_BUCKETS = "FRAUD_FEATURE_STATE_BUCKETS";
    public static final String FRAUD_EVENT_RETENTION = "FRAUD_EVENT_RETENTION";
    /** How often each replica polls Redis for rule changes, an ISO-8601 duration such as PT1S. */
    public static final String FRAUD_RULES_POLL_INTERVAL = "FRAUD_RULES_POLL_INTERVAL";
    /** How long a bank must have known a national ID's holder before applications elsewhere are notified to them. */
    public static final String FRAUD_CONTACTS_ESTABLISHED_AFTER = "FRAUD_CONTACTS_ESTABLISHED_AFTER";
    /** How long a changed verified contact waits before notices use it instead of the one it replaced. */
    public static final String FRAUD_CONTACTS_CHANGE_QUARANTINE = "FRAUD_CONTACTS_CHANGE_QUARANTINE";
    /** {@code false} lets any occurredAt and reportedAt through: only for tools replaying simulated history. */
    public static final String FRAUD_TIME_BOUNDS_ENABLED = "FRAUD_TIME_BOUNDS_ENABLED";
    /** How far ahead of the server's clock an event or label time may be, an ISO-8601 duration such as PT5M. */
    public static final String FRAUD_TIME_BOUNDS_MAX_AHEAD = "FRAUD_TIME_BOUNDS_MAX_AHEAD";
    /** How far behind the server's clock an event or label time may be, an ISO-8601 duration such as P90D. */
    public static final String FRAUD_TIME_BOUNDS_MAX_AGE = "FRAUD_TIME_BOUNDS_MAX_AGE";
    /** Enables the benchmark's one-Redis-round-trip ceiling endpoint. */
    public static final String FRAUD_BENCH_BASELINE_ENABLED = "FRAUD_BENCH_BASELINE_ENABLED";
    /** Events and labels per second one tenant may send to one scoring pod; {@code FRAUD_QUOTA_TENANTS} per tenant. */
    public static final String FRAUD_QUOTA_EVENTS_PER_SECOND = "FRAUD_QUOTA_EVENTS_PER_SECOND";
    public static final String FRAUD_QUOTA_TENANTS = "FRAUD_QUOTA_TENANTS";
    /** How many seconds of its rate a tenant may send at once, an ISO-8601 duration such as PT2S (the default). */
    public static final String FRAUD_QUOTA_BURST_SECONDS = "FRAUD_QUOTA_BURST_SECONDS";
    /** Most events in one batch; a tenant's quota burst must hold one whole batch. */
    public static final String FRAUD_LIMITS_MAX_BATCH_EVENTS = "FRAUD_LIMITS_MAX_BATCH_EVENTS";

    // ---- case service
    public static final String QUARKUS_DATASOURCE_JDBC_URL = "QUARKUS_DATASOURCE_JDBC_URL";
    public static final String QUARKUS_DATASOURCE_USERNAME = "QUARKUS_DATASOURCE_USERNAME";
    public static final String QUARKUS_DATASOURCE_PASSWORD = "QUARKUS_DATASOURCE_PASSWORD";
    public static final String QUARKUS_FLYWAY_USERNAME = "QUARKUS_FLYWAY_USERNAME";
    public static final String QUARKUS_FLYWAY_PASSWORD = "QUARKUS_FLYWAY_PASSWORD";
    public static final String QUARKUS_MAILER_HOST = "QUARKUS_MAILER_HOST";
    public static final String QUARKUS_MAILER_PORT = "QUARKUS_MAILER_PORT";
    public static final String QUARKUS_MAILER_FROM = "QUARKUS_MAILER_FROM";
    public static final String QUARKUS_MAILER_USERNAME = "QUARKUS_MAILER_USERNAME";
    public static final String QUARKUS_MAILER_MOCK = "QUARKUS_MAILER_MOCK";
    /** The banks whose analysts the case service serves, comma-separated; a token naming another is refused. */
    public static final String FRAUD_ANALYST_TENANTS = "FRAUD_ANALYST_TENANTS";
    /** HMAC secret for consumer answer links, at least 32 characters. */
    public static final String FRAUD_LINK_SIGNING_KEY = "FRAUD_LINK_SIGNING_KEY";
    /** Retired link-signing keys whose links are still honoured during a rotation window, comma-separated. */
    public static final String FRAUD_LINK_SIGNING_PREVIOUS_KEYS = "FRAUD_LINK_SIGNING_PREVIOUS_KEYS";
    /** Externally reachable base URL of the consumer answer links. */
    public static final String FRAUD_PUBLIC_BASE_URL = "FRAUD_PUBLIC_BASE_URL";
    /** The bank of record's webhook for "not me" answers: {@code tenant:url} pairs, comma-separated. */
    public static final String FRAUD_WEBHOOK_URLS = "FRAUD_WEBHOOK_URLS";
    /** Each tenant's webhook signing secret: {@code tenant:key} pairs, comma-separated, keys of 32+ characters. */
    public static final String FRAUD_WEBHOOK_SIGNING_KEYS = "FRAUD_WEBHOOK_SIGNING_KEYS";
    /** How often the email outbox is polled, and the first and longest waits before a failed email is retried. */
    public static final String FRAUD_MAIL_POLL_EVERY = "FRAUD_MAIL_POLL_EVERY";
    public static final String FRAUD_MAIL_INITIAL_BACKOFF = "FRAUD_MAIL_INITIAL_BACKOFF";
    public static final String FRAUD_MAIL_MAX_BACKOFF = "FRAUD_MAIL_MAX_BACKOFF";
    public static final String FRAUD_ALERTS_DEAD_LETTER_STREAM = "FRAUD_ALERTS_DEAD_LETTER_STREAM";
    /** This replica's name in the alert stream's consumer group. */
    public static final String FRAUD_ALERTS_CONSUMER = "FRAUD_ALERTS_CONSUMER";
    /** The OpenID Connect issuer analysts sign in at (workbench) and whose access tokens the case API takes. */
    public static final String QUARKUS_OIDC_AUTH_SERVER_URL = "QUARKUS_OIDC_AUTH_SERVER_URL";
    /** API-only deployments without an issuer to discover: the token signing key (base64 of the X.509 key)... */
    public static final String QUARKUS_OIDC_PUBLIC_KEY = "QUARKUS_OIDC_PUBLIC_KEY";
    /** ...and the {@code iss} its tokens carry. */
    public static final String QUARKUS_OIDC_TOKEN_ISSUER = "QUARKUS_OIDC_TOKEN_ISSUER";
    /** The workbench's client id at the issuer (default {@code workbench}) and its secret. */
    public static final String QUARKUS_OIDC_WEB_CLIENT_ID = "QUARKUS_OIDC_WEB_CLIENT_ID";
    public static final String QUARKUS_OIDC_WEB_CREDENTIALS_SECRET = "QUARKUS_OIDC_WEB_CREDENTIALS_SECRET";
    /** {@code false} runs the case API without the web workbench. */
    public static final String QUARKUS_OIDC_WEB_TENANT_ENABLED = "QUARKUS_OIDC_WEB_TENANT_ENABLED";

    // ---- tools
    /** Redis of the trainer's replay. */
    public static final String FRAUD_REDIS_URL = "FRAUD_REDIS_URL";
    /** An operator's bearer token (the {@code operator} group) for the case service's data-subject API. */
    public static final String FRAUD_OPERATOR_TOKEN = "FRAUD_OPERATOR_TOKEN";
    /** Redis of {@code ./bench} when {@code --redis} is not given. */
    public static final String FRAUD_BENCH_REDIS_URL = "FRAUD_BENCH_REDIS_URL";

    private EnvironmentVariables() {
    }
}
