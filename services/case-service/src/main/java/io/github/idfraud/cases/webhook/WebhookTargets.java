package io.github.idfraud.cases.webhook;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.Hmac;
import io.github.idfraud.contract.TenantPairs;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each bank's webhook URL and signing key, from {@code FRAUD_WEBHOOK_URLS} and {@code FRAUD_WEBHOOK_SIGNING_KEYS}.
 * Built once at start (SecretBeans); a URL without a key, a key without a URL, a short key or a malformed URL
 * stops the service, naming the setting and the tenant.
 */
public final class WebhookTargets {

    private final Map<String, WebhookTarget> byTenant = new TreeMap<>();

    public WebhookTargets(CaseConfig.Webhook config) {
        Map<String, String> urls = TenantPairs.unique(EnvironmentVariables.FRAUD_WEBHOOK_URLS, config.urls(),
                "bank-a:https://hooks.bank-a.example/fraud");
        Map<String, String> keys = TenantPairs.unique(EnvironmentVariables.FRAUD_WEBHOOK_SIGNING_KEYS,
                config.signingKeys(), "bank-a:a-long-random-key");
        TreeSet<String> unpaired = new TreeSet<>(urls.keySet());
        unpaired.addAll(keys.keySet());
        unpaired.removeIf(tenant -> urls.containsKey(tenant) && keys.containsKey(tenant));
        if (!unpaired.isEmpty()) {
            throw new IllegalStateException(EnvironmentVariables.FRAUD_WEBHOOK_URLS + " and "
                    + EnvironmentVariables.FRAUD_WEBHOOK_SIGNING_KEYS + " must name the same tenants; only one names "
                    + String.join(", ", unpaired));
        }
        urls.forEach((tenant, url) -> byTenant.put(tenant, new WebhookTarget(tenant, parseUrl(tenant, url),
                new Hmac(keys.get(tenant), EnvironmentVariables.FRAUD_WEBHOOK_SIGNING_KEYS + " for " + tenant))));
    }

    public Optional<WebhookTarget> forTenant(String tenant) {
        return Optional.ofNullable(byTenant.get(tenant));
    }

    public boolean isEmpty() {
        return byTenant.isEmpty();
    }

    /**
     * Tenants whose webhook is plain http to another machine: refused outside dev and test (StartupChecks). Plain http
     * to this machine's loopback crosses no network (a bank's local relay, the demo).
     */
    public List<String> plainHttpTenants() {
        return byTenant.values().stream().filter(t -> "http".equals(t.url().getScheme()) && !isLoopback(t.url()))
                .map(WebhookTarget::tenant).toList();
    }

    private static boolean isLoopback(URI url) {
        String host = url.getHost();
        return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }

    private static URI parseUrl(String tenant, String url) {
        try {
            URI uri = new URI(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, without echoing the value
        }
        throw new IllegalStateException(EnvironmentVariables.FRAUD_WEBHOOK_URLS + ": the URL for " + tenant
                + " must be an absolute https:// URL");
    }
}
