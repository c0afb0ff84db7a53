package io.github.idfraud.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.AnalystRoles;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed realm export, without a server: who is in it and that no secret is committed. */
class KeycloakRealmTests {

    private final KeycloakRealm realm = new KeycloakRealm();

    @Test
    void theRealmHoldsAnAnalystAndASupervisorForEachOfTheDemosThreeBanks() {
        assertThat(realm.name()).isEqualTo(KeycloakServer.REALM);
        assertThat(realm.users()).containsExactlyInAnyOrder(
                new RealmUser("analyst-a", "bank-a", AnalystRoles.ANALYST), new RealmUser("supervisor-a", "bank-a", AnalystRoles.SUPERVISOR),
                new RealmUser("analyst-b", "bank-b", AnalystRoles.ANALYST), new RealmUser("supervisor-b", "bank-b", AnalystRoles.SUPERVISOR),
                new RealmUser("analyst-c", "bank-c", AnalystRoles.ANALYST), new RealmUser("supervisor-c", "bank-c", AnalystRoles.SUPERVISOR));
    }

    @Test
    void everySecretIsAPlaceholderFilledPerRun() throws Exception {
        Map<String, String> values = new HashMap<>(Map.of(
                KeycloakRealm.WORKBENCH_BASE_URL, "http://localhost:9",
                KeycloakRealm.WORKBENCH_CLIENT_SECRET, "workbench-secret",
                KeycloakRealm.CASE_API_CLIENT_SECRET, "case-api-secret"));
        realm.users().forEach(user -> values.put(KeycloakRealm.passwordPlaceholder(user.username()),
                "password-of-" + user.username()));

        JsonNode filled = new ObjectMapper().readTree(realm.fill(values));

        assertThat(filled.toString()).doesNotContain("${");
        for (JsonNode user : filled.path("users")) {
            assertThat(user.path("credentials").path(0).path("value").asText())
                    .isEqualTo("password-of-" + user.path("username").asText());
        }
        for (JsonNode client : filled.path("clients")) {
            assertThat(client.path("secret").asText()).endsWith("-secret");
        }
        assertThat(filled.path("clients").path(0).path("redirectUris").path(0).asText())
                .isEqualTo("http://localhost:9/workbench/*");
    }

    @Test
    void aPlaceholderWithoutAValueIsRefusedByName() {
        assertThatThrownBy(() -> realm.fill(Map.of(KeycloakRealm.WORKBENCH_BASE_URL, "http://localhost:9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CASE_API_CLIENT_SECRET").hasMessageContaining("PASSWORD_ANALYST_A");
    }
}
