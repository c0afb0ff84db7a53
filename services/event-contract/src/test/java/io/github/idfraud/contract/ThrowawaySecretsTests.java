package io.github.idfraud.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThrowawaySecretsTests {

    /** What a service's application.properties holds: throwaway values for dev and test, none for prod. */
    private static final Map<String, String> PACKAGED = Map.of(
            "%dev.fraud.pseudonymisation-key", "dev-only-pseudonymisation-key-not-secret-0001",
            "%dev.fraud.api-keys", "bank-a:demo-key-bank-a,bank-b:demo-key-bank-b",
            "%dev.quarkus.oidc.token.issuer", "https://idfraud.invalid/dev-issuer",
            "%test.fraud.link-signing-key", "test-only-link-signing-key-not-secret-00001",
            "%dev.fraud.public-base-url", "http://localhost:8081",
            "%dev.fraud.vault-key", "ZGV2LW9ubHktdmF1bHQta2V5LTMyLWJ5dGVzLW5vdCE=",
            "quarkus.http.port", "8080");

    @Test
    void aProductionStartWithItsOwnSecretsUsesNoThrowawayOne() {
        assertThat(ThrowawaySecrets.inUse(config(null, Map.of(
                "fraud.pseudonymisation-key", "a-real-secret-from-the-vault-0123456789",
                "fraud.api-keys", "bank-a:k-8f2e1c,bank-b:k-77aa01",
                "quarkus.oidc.token.issuer", "https://login.bank.example/realms/fraud")))).isEmpty();
    }

    @Test
    void theDevProfileOnAPackagedServiceIsFound() {
        assertThat(ThrowawaySecrets.inUse(config("dev", Map.of()))).contains("quarkus.profile");
        assertThat(ThrowawaySecrets.inUse(config("test", Map.of()))).contains("quarkus.profile");
    }

    @Test
    void aDevValueCopiedIntoTheEnvironmentIsFoundAlsoAsOneTenantsKeyAmongOthers() {
        assertThat(ThrowawaySecrets.inUse(config(null, Map.of(
                "fraud.api-keys", "bank-z:k-real-91ab,bank-a:demo-key-bank-a",
                "fraud.link-signing-key", "test-only-link-signing-key-not-secret-00001",
                "fraud.public-base-url", "http://localhost:8081"))))
                .as("the base URL is no secret").containsExactly("fraud.api-keys", "fraud.link-signing-key");
    }

    @Test
    void aDevKeyKeptOnAsAPreviousKeyOrAsTheVaultKeyIsFound() {
        assertThat(ThrowawaySecrets.inUse(config(null, Map.of(
                "fraud.vault-key", "ZGV2LW9ubHktdmF1bHQta2V5LTMyLWJ5dGVzLW5vdCE=",
                "fraud.vault-previous-keys", "cmVhbC1vbGQtdmF1bHQta2V5LTMyLWJ5dGVzLW5vdCE=",
                "fraud.pseudonymisation-key", "a-real-secret-from-the-vault-0123456789",
                "fraud.pseudonymisation-previous-key", "dev-only-pseudonymisation-key-not-secret-0001",
                "fraud.link-signing-previous-keys", "real-old-link-key-0123456789abcdef0123,test-only-link-signing-key-not-secret-00001"))))
                .containsExactly("fraud.link-signing-previous-keys", "fraud.pseudonymisation-previous-key", "fraud.vault-key");
    }

    private static SmallRyeConfig config(String profile, Map<String, String> live) {
        Map<String, String> properties = new HashMap<>(PACKAGED);
        properties.putAll(live);
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250));
        if (profile != null) {
            builder.withProfile(profile).withDefaultValue("quarkus.profile", profile);
        }
        return builder.build();
    }
}
