package io.github.idfraud.cases;

import io.github.idfraud.harness.ChildProcess;
import io.github.idfraud.harness.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real identity provider for the browser tests: Keycloak from the cached distribution with the committed realm,
 * its workbench client redirecting to this test's case service. The service listens on a port chosen here, since
 * the realm must know the redirect address before the service starts. Tests get the server injected.
 */
public class WorkbenchTestResource implements QuarkusTestResourceLifecycleManager {

    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        int servicePort = ChildProcess.freePort();
        keycloak = KeycloakServer.builder(Path.of("target", "keycloak"), URI.create("http://localhost:" + servicePort))
                .start();
        return Map.of("quarkus.http.test-port", String.valueOf(servicePort),
                "quarkus.oidc.web.tenant-enabled", "true",
                "quarkus.oidc.web.auth-server-url", keycloak.issuerUrl(),
                "quarkus.oidc.web.credentials.secret", keycloak.workbenchClientSecret());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(keycloak, new TestInjector.MatchesType(KeycloakServer.class));
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
