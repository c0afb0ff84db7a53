package io.github.idfraud.harness;

/**
 * A user of the committed test realm: who they are, which bank's cases they see ({@code tenant} claim) and their role
 * ({@code groups} claim). The password is chosen per run: {@link KeycloakServer#password(String)}.
 */
public record RealmUser(String username, String tenant, String role) {
}
