package io.github.idfraud.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.contract.EnvironmentVariables;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTests {

    @Test
    void scoringVariablesCarryTheContractsNamesAndTheKeysSortedByTenant() {
        ScoringServiceEnvironment env = new ScoringServiceEnvironment().listen("127.0.0.1", 18080).managementPort(19000)
                .apiKeys(Map.of("bank-b", "kb", "bank-a", "ka")).eventRetention(Duration.ofHours(2)).benchBaseline()
                .timeUnbounded();

        assertThat(env.variables()).containsEntry(EnvironmentVariables.QUARKUS_HTTP_HOST, "127.0.0.1")
                .containsEntry(EnvironmentVariables.QUARKUS_HTTP_PORT, "18080")
                .containsEntry(EnvironmentVariables.QUARKUS_MANAGEMENT_HOST, "127.0.0.1")
                .containsEntry(EnvironmentVariables.QUARKUS_MANAGEMENT_PORT, "19000")
                .containsEntry(EnvironmentVariables.FRAUD_API_KEYS, "bank-a:ka,bank-b:kb")
                .containsEntry(EnvironmentVariables.FRAUD_EVENT_RETENTION, "PT2H")
                .containsEntry(EnvironmentVariables.FRAUD_BENCH_BASELINE_ENABLED, "true")
                .containsEntry(EnvironmentVariables.FRAUD_TIME_BOUNDS_ENABLED, "false");
        assertThat(env.baseUrl()).isEqualTo("http://127.0.0.1:18080");
        assertThat(env.managementUrl()).isEqualTo("http://127.0.0.1:19000");
        assertThat(env.service().jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/services/scoring-service/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void tenantQuotasAreRatesSortedByTenantBesideTheDefaultQuota() {
        Map<String, String> vars = new ScoringServiceEnvironment().port(1).managementPort(2)
                .tenantQuotas(Map.of("bank-noisy", 100L, "bank-a", 5_000L)).maxBatchEvents(1_000)
                .quotaBurst(Duration.ofSeconds(10)).variables();

        assertThat(vars).containsEntry(EnvironmentVariables.FRAUD_QUOTA_TENANTS, "bank-a:5000,bank-noisy:100")
                .containsEntry(EnvironmentVariables.FRAUD_LIMITS_MAX_BATCH_EVENTS, "1000")
                .containsEntry(EnvironmentVariables.FRAUD_QUOTA_BURST_SECONDS, "PT10S")
                .containsEntry(EnvironmentVariables.FRAUD_QUOTA_EVENTS_PER_SECOND, "1000000");
    }

    @Test
    void aServiceOnEveryInterfaceIsReachedOnLoopback() {
        CaseServiceEnvironment env = new CaseServiceEnvironment().port(18081).managementPort(19001);
        assertThat(env.baseUrl()).isEqualTo("http://127.0.0.1:18081");
        assertThat(env.managementUrl()).isEqualTo("http://127.0.0.1:19001");
        assertThat(env.variables()).doesNotContainKeys(EnvironmentVariables.QUARKUS_HTTP_HOST,
                EnvironmentVariables.QUARKUS_MANAGEMENT_HOST);
    }

    @Test
    void anEnvironmentWithoutAPortIsRefused() {
        assertThatThrownBy(() -> new ScoringServiceEnvironment().redis("redis://127.0.0.1:6379").variables())
                .hasMessageContaining("scoring-service: no port set");
    }

    @Test
    void anEnvironmentWithoutAManagementPortIsRefused() {
        // the packaged services serve health and metrics on a port of their own: two on its default would collide
        assertThatThrownBy(() -> new CaseServiceEnvironment().port(18081).variables())
                .hasMessageContaining("case-service: no management port set");
    }

    @Test
    void theTokenKeyIsGivenAsBase64ThatReadsBackToTheSameKeyAndTheWorkbenchIsOff() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PublicKey key = generator.generateKeyPair().getPublic();

        Map<String, String> vars = new CaseServiceEnvironment().port(1).managementPort(2).tokenVerification(key, "https://issuer").variables();

        byte[] der = Base64.getDecoder().decode(vars.get(EnvironmentVariables.QUARKUS_OIDC_PUBLIC_KEY));
        assertThat(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der))).isEqualTo(key);
        assertThat(vars).containsEntry(EnvironmentVariables.QUARKUS_OIDC_TOKEN_ISSUER, "https://issuer")
                .containsEntry(EnvironmentVariables.QUARKUS_OIDC_WEB_TENANT_ENABLED, "false");
    }

    @Test
    void aRotationWindowsKeysCarryTheContractsNames() {
        ScoringServiceEnvironment scoring = new ScoringServiceEnvironment().port(18080).managementPort(19000).vaultKey("vk")
                .vaultPreviousKeys("vk0").pseudonymisationPreviousKey("pk0").contactEncryptionPreviousKeys("ck0");
        CaseServiceEnvironment cases = new CaseServiceEnvironment().port(18081).managementPort(19001)
                .linkSigningPreviousKeys("lk0");

        assertThat(scoring.variables()).containsEntry(EnvironmentVariables.FRAUD_VAULT_KEY, "vk")
                .containsEntry(EnvironmentVariables.FRAUD_VAULT_PREVIOUS_KEYS, "vk0")
                .containsEntry(EnvironmentVariables.FRAUD_PSEUDONYMISATION_PREVIOUS_KEY, "pk0")
                .containsEntry(EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_PREVIOUS_KEYS, "ck0");
        assertThat(cases.variables()).containsEntry(EnvironmentVariables.FRAUD_LINK_SIGNING_PREVIOUS_KEYS, "lk0");
    }
}
