package io.github.idfraud.cases.config;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.cases.security.LinkSigner;
import io.github.idfraud.cases.webhook.WebhookTargets;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ThrowawaySecrets;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Refuses to start without the secrets and endpoints production needs, naming every missing one at once, with a dev or
 * test profile's public value ({@link ThrowawaySecrets}), and with a bank webhook in plain http.
 * Dev and test profiles carry throwaway values in application.properties; prod has none.
 */
@Singleton
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    // Before any other start-up observer (the alert intake among them): nothing runs on a misconfigured service.
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event, ContactCipher cipher,
                 LinkSigner signer, WebhookTargets webhooks, CaseConfig cases, Config config) {
        if (LaunchMode.current().isDevOrTest()) {
            return;
        }
        ThrowawaySecrets.refuseAny(config, "case-service");
        List<String> missing = new ArrayList<>();
        if (cases.publicBaseUrl().isEmpty()) {
            missing.add(EnvironmentVariables.FRAUD_PUBLIC_BASE_URL);
        }
        boolean issuer = !absent(config, "quarkus.oidc.auth-server-url");
        if (!issuer && (absent(config, "quarkus.oidc.public-key") || absent(config, "quarkus.oidc.token.issuer"))) {
            missing.add(EnvironmentVariables.QUARKUS_OIDC_AUTH_SERVER_URL + " (or " + EnvironmentVariables.QUARKUS_OIDC_PUBLIC_KEY
                    + " and " + EnvironmentVariables.QUARKUS_OIDC_TOKEN_ISSUER + " for the API alone)");
        }
        if (config.getOptionalValue("quarkus.oidc.web.tenant-enabled", Boolean.class).orElse(true)) {
            if (!issuer) {
                missing.add(EnvironmentVariables.QUARKUS_OIDC_AUTH_SERVER_URL + " (the workbench signs in there; "
                        + EnvironmentVariables.QUARKUS_OIDC_WEB_TENANT_ENABLED + "=false runs the API alone)");
            }
            if (absent(config, "quarkus.oidc.web.credentials.secret")) {
                missing.add(EnvironmentVariables.QUARKUS_OIDC_WEB_CREDENTIALS_SECRET);
            }
        }
        List<String> tenants = cases.analystTenants().orElse(List.of());
        if (tenants.isEmpty() || tenants.contains(CaseConfig.ANY_TENANT)) {
            missing.add(EnvironmentVariables.FRAUD_ANALYST_TENANTS + " (the banks served here, each by name)");
        }
        if (absent(config, "quarkus.datasource.username")) {
            missing.add(EnvironmentVariables.QUARKUS_DATASOURCE_USERNAME);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("case-service cannot start without: " + String.join(", ", missing));
        }
        if (!webhooks.plainHttpTenants().isEmpty()) {
            // The signature proves the sender, not secrecy: a case id and an answer must not cross networks in clear.
            throw new IllegalStateException(EnvironmentVariables.FRAUD_WEBHOOK_URLS + " must use https:// outside dev"
                    + " and test; plain http for " + String.join(", ", webhooks.plainHttpTenants()));
        }
        if (webhooks.isEmpty()) {
            LOG.warn("no bank webhooks configured (" + EnvironmentVariables.FRAUD_WEBHOOK_URLS + "): banks learn of"
                    + " \"not me\" answers only from the case API");
        }
        if (absent(config, "quarkus.datasource.password")) {
            // A server that wants a password refuses the connection anyway; only trust-auth local setups get here.
            LOG.warn(EnvironmentVariables.QUARKUS_DATASOURCE_PASSWORD + " is empty: connecting to PostgreSQL without a password");
        }
    }

    private static boolean absent(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isEmpty();
    }
}
