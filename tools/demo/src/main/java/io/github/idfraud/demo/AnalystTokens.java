package io.github.idfraud.demo;

import io.github.idfraud.contract.AnalystRoles;
import io.github.idfraud.harness.KeycloakServer;
import io.github.idfraud.harness.RealmUser;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Bearer tokens for the demo's own reads of the case API: each bank's supervisor signs in at the demo's Keycloak
 * (password grant). A token is reused while well inside its 5-minute life, so a progress line costs no sign-in.
 */
final class AnalystTokens {

    /** Shorter than Keycloak's access token lifespan and the case service's 15-minute age bound. */
    private static final Duration REUSE = Duration.ofMinutes(3);

    private record Issued(String token, long atNanos) {
    }

    private final KeycloakServer keycloak;
    private final Map<String, Issued> byTenant = new HashMap<>();

    AnalystTokens(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** A supervisor's access token for {@code tenant}'s cases. */
    synchronized String supervisorOf(String tenant) {
        Issued issued = byTenant.get(tenant);
        if (issued == null || System.nanoTime() - issued.atNanos() > REUSE.toNanos()) {
            String user = keycloak.users().stream()
                    .filter(u -> u.tenant().equals(tenant) && u.role().equals(AnalystRoles.SUPERVISOR))
                    .map(RealmUser::username).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the demo realm has no supervisor at " + tenant));
            issued = new Issued(keycloak.passwordGrantToken(user), System.nanoTime());
            byTenant.put(tenant, issued);
        }
        return issued.token();
    }
}
