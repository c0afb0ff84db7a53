package io.github.idfraud.cases;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.stream.Collectors;

/** The banks' webhook receivers on a free port; tests get them injected as a {@link TestBank} field. */
public class WebhookTestResource implements QuarkusTestResourceLifecycleManager {

    private TestBank bank;

    @Override
    public Map<String, String> start() {
        bank = new TestBank(FreePorts.any("the test bank"));
        bank.start();
        return Map.of(
                "fraud.webhook.urls", pairs(TestBank.SIGNING_KEYS.keySet().stream()
                        .collect(Collectors.toMap(tenant -> tenant, bank::url))),
                "fraud.webhook.signing-keys", pairs(TestBank.SIGNING_KEYS));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(bank, new TestInjector.MatchesType(TestBank.class));
    }

    @Override
    public void stop() {
        bank.stop();
    }

    private static String pairs(Map<String, String> byTenant) {
        return byTenant.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }
}
