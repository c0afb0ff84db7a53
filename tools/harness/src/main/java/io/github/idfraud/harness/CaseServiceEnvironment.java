package io.github.idfraud.harness;

import io.github.idfraud.contract.EnvironmentVariables;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/** The case service's environment (its README's configuration table). */
public final class CaseServiceEnvironment extends ServiceEnvironment<CaseServiceEnvironment> {

    @Override
    public Service service() {
        return Service.CASES;
    }

    /**
     * The case database: Flyway migrates it as {@code owner}; the service works in it as {@code runtime}, which must
     * not be able to change the schema (the service refuses to start otherwise; see {@link CaseDatabaseRoles}).
     */
    public CaseServiceEnvironment database(String jdbcUrl, DatabaseLogin owner, DatabaseLogin runtime) {
        set(EnvironmentVariables.QUARKUS_DATASOURCE_JDBC_URL, jdbcUrl);
        set(EnvironmentVariables.QUARKUS_FLYWAY_USERNAME, owner.user());
        set(EnvironmentVariables.QUARKUS_FLYWAY_PASSWORD, owner.password());
        set(EnvironmentVariables.QUARKUS_DATASOURCE_USERNAME, runtime.user());
        return set(EnvironmentVariables.QUARKUS_DATASOURCE_PASSWORD, runtime.password());
    }

    /** Consumer emails go to this SMTP server. */
    public CaseServiceEnvironment mailer(String host, int port, String from) {
        set(EnvironmentVariables.QUARKUS_MAILER_HOST, host);
        set(EnvironmentVariables.QUARKUS_MAILER_PORT, Integer.toString(port));
        return set(EnvironmentVariables.QUARKUS_MAILER_FROM, from);
    }

    /**
     * How soon a failed email is tried again (doubling up to {@code maxBackoff}) and how often the outbox is polled:
     * shorter than the defaults (1 min, 1 h, 5 s) for a tool that waits for every email.
     */
    public CaseServiceEnvironment mailRetry(Duration pollEvery, Duration initialBackoff, Duration maxBackoff) {
        set(EnvironmentVariables.FRAUD_MAIL_POLL_EVERY, pollEvery.toString());
        set(EnvironmentVariables.FRAUD_MAIL_INITIAL_BACKOFF, initialBackoff.toString());
        return set(EnvironmentVariables.FRAUD_MAIL_MAX_BACKOFF, maxBackoff.toString());
    }

    /** Emails are only logged; the mailer's host and port point nowhere, as the service insists on having them. */
    public CaseServiceEnvironment mockMailer() {
        set(EnvironmentVariables.QUARKUS_MAILER_MOCK, "true");
        set(EnvironmentVariables.QUARKUS_MAILER_HOST, "127.0.0.1");
        return set(EnvironmentVariables.QUARKUS_MAILER_PORT, "1");
    }

    /** HMAC secret of the consumer answer links, at least 32 characters. */
    /** Each bank's "not me" webhook: {@code FRAUD_WEBHOOK_URLS} and {@code FRAUD_WEBHOOK_SIGNING_KEYS} by tenant. */
    public CaseServiceEnvironment bankWebhooks(Map<String, String> urlByTenant, Map<String, String> keyByTenant) {
        set(EnvironmentVariables.FRAUD_WEBHOOK_URLS, tenantPairs(urlByTenant));
        return set(EnvironmentVariables.FRAUD_WEBHOOK_SIGNING_KEYS, tenantPairs(keyByTenant));
    }

    public CaseServiceEnvironment linkSigningKey(String secret) {
        return set(EnvironmentVariables.FRAUD_LINK_SIGNING_KEY, secret);
    }

    /** During a rotation window: retired link-signing keys whose links are still honoured, comma-separated. */
    public CaseServiceEnvironment linkSigningPreviousKeys(String secrets) {
        return set(EnvironmentVariables.FRAUD_LINK_SIGNING_PREVIOUS_KEYS, secrets);
    }

    /** The externally reachable base URL of the consumer answer links. */
    public CaseServiceEnvironment publicBaseUrl(String url) {
        return set(EnvironmentVariables.FRAUD_PUBLIC_BASE_URL, url);
    }

    /**
     * The case API alone, without an identity provider: analyst tokens must be signed by the private half of
     * {@code key} and carry {@code issuer}; the web workbench is off.
     */
    public CaseServiceEnvironment tokenVerification(PublicKey key, String issuer) {
        set(EnvironmentVariables.QUARKUS_OIDC_PUBLIC_KEY, Base64.getEncoder().encodeToString(key.getEncoded()));
        set(EnvironmentVariables.QUARKUS_OIDC_TOKEN_ISSUER, issuer);
        return set(EnvironmentVariables.QUARKUS_OIDC_WEB_TENANT_ENABLED, "false");
    }

    /** Analysts sign in at {@code issuerUrl} (workbench and API), the workbench as client {@code clientId}. */
    public CaseServiceEnvironment identityProvider(String issuerUrl, String clientId, String clientSecret) {
        set(EnvironmentVariables.QUARKUS_OIDC_AUTH_SERVER_URL, issuerUrl);
        set(EnvironmentVariables.QUARKUS_OIDC_WEB_CLIENT_ID, clientId);
        return set(EnvironmentVariables.QUARKUS_OIDC_WEB_CREDENTIALS_SECRET, clientSecret);
    }

    /** The banks whose analysts may sign in; a token naming any other tenant is refused. */
    public CaseServiceEnvironment analystTenants(Collection<String> tenants) {
        return set(EnvironmentVariables.FRAUD_ANALYST_TENANTS, String.join(",", tenants));
    }

    public CaseServiceEnvironment deadLetterStream(String stream) {
        return set(EnvironmentVariables.FRAUD_ALERTS_DEAD_LETTER_STREAM, stream);
    }

    /** This replica's name in the alert stream's consumer group. */
    public CaseServiceEnvironment alertsConsumer(String name) {
        return set(EnvironmentVariables.FRAUD_ALERTS_CONSUMER, name);
    }
}
