package io.github.idfraud.cases.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.cases.config.CaseConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A half-configured bank webhook stops the service at start, naming the setting and tenant, never the secret. */
class WebhookTargetsTests {

    private static final String KEY_A = "a-webhook-signing-key-of-32-chars-or-more";
    private static final String KEY_B = "another-webhook-signing-key-of-32-chars-x";

    @Test
    void eachTenantGetsItsOwnUrlAndKey() {
        WebhookTargets targets = targets("bank-a:https://hooks.bank-a.example/fraud?v=1, bank-b:http://10.0.0.7:8443/x",
                "bank-a:" + KEY_A + ",bank-b:" + KEY_B);

        assertThat(targets.forTenant("bank-a").orElseThrow().url().toString())
                .isEqualTo("https://hooks.bank-a.example/fraud?v=1");
        assertThat(targets.forTenant("bank-c")).isEmpty();
        assertThat(targets.plainHttpTenants()).containsExactly("bank-b");
        assertThat(targets.forTenant("bank-a").orElseThrow().toString()).doesNotContain(KEY_A, "hooks.bank-a");
    }

    @Test
    void plainHttpToThisMachinesLoopbackCrossesNoNetworkAndIsAllowed() {
        WebhookTargets targets = targets("bank-a:http://127.0.0.1:9000/hook,bank-b:http://localhost/hook,"
                + "bank-c:http://192.0.2.10/hook", "bank-a:" + KEY_A + ",bank-b:" + KEY_B + ",bank-c:" + KEY_A);
        assertThat(targets.plainHttpTenants()).containsExactly("bank-c");
    }

    @Test
    void nothingConfiguredMeansNoWebhooks() {
        assertThat(targets(null, null).isEmpty()).isTrue();
    }

    @Test
    void aUrlWithoutAKeyOrAKeyWithoutAUrlIsRefusedNamingTheTenants() {
        assertThatThrownBy(() -> targets("bank-a:https://a.example/hook", "bank-b:" + KEY_B))
                .hasMessageContaining("FRAUD_WEBHOOK_URLS and FRAUD_WEBHOOK_SIGNING_KEYS must name the same tenants")
                .hasMessageContaining("bank-a, bank-b")
                .hasMessageNotContaining(KEY_B);
    }

    @Test
    void aShortKeyIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> targets("bank-a:https://a.example/hook", "bank-a:too-short-key"))
                .hasMessageContaining("FRAUD_WEBHOOK_SIGNING_KEYS for bank-a must be at least 32 characters")
                .hasMessageNotContaining("too-short-key");
    }

    @Test
    void aMalformedEntryOrUrlIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> targets("bank-a:not a url", "bank-a:" + KEY_A))
                .hasMessage("FRAUD_WEBHOOK_URLS: the URL for bank-a must be an absolute https:// URL");
        assertThatThrownBy(() -> targets("bank-a:ftp://a.example/hook", "bank-a:" + KEY_A))
                .hasMessageContaining("the URL for bank-a");
        assertThatThrownBy(() -> targets("https://a.example/hook", "bank-a:" + KEY_A))
                .hasMessageContaining("FRAUD_WEBHOOK_URLS");
        assertThatThrownBy(() -> targets("bank-a:https://a.example/hook", KEY_A))
                .hasMessageContaining("FRAUD_WEBHOOK_SIGNING_KEYS entries must look like tenant:value")
                .hasMessageNotContaining(KEY_A);
        assertThatThrownBy(() -> targets("bank-a:https://a.example/1,bank-a:https://a.example/2", "bank-a:" + KEY_A))
                .hasMessage("FRAUD_WEBHOOK_URLS: tenant bank-a is listed twice");
    }

    /** Through the real configuration mapping, so the test meets the settings as the service does. */
    private static WebhookTargets targets(String urls, String keys) {
        Map<String, String> values = new HashMap<>();
        if (urls != null) {
            values.put("fraud.webhook.urls", urls);
        }
        if (keys != null) {
            values.put("fraud.webhook.signing-keys", keys);
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(CaseConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter()) // Quarkus's "5s" form
                .withSources(new PropertiesConfigSource(values, "test", 500)).build();
        return new WebhookTargets(config.getConfigMapping(CaseConfig.class).webhook());
    }
}
