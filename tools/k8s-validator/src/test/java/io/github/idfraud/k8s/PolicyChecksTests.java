package io.github.idfraud.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyChecksTests {

    /** The fixture's image, pinned by digest as prod requires. */
    private static final String PINNED = "app:1.2.3@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static void assertFinding(String yaml, Profile profile, String expected) {
        List<String> findings = Render.findings(yaml, profile);
        assertTrue(findings.stream().anyMatch(f -> f.contains(expected)), () -> "expected '" + expected + "' in " + findings);
    }

    private static void assertNoFinding(String yaml, Profile profile, String unexpected) {
        List<String> findings = Render.findings(yaml, profile);
        assertTrue(findings.stream().noneMatch(f -> f.contains(unexpected)), () -> "unexpected '" + unexpected + "' in " + findings);
    }

    @Test
    void imagesArePinned() {
        assertFinding(Render.breaking(PINNED, "app:latest"), Profile.DEV, "uses the 'latest' tag");
        assertFinding(Render.breaking(PINNED, "app"), Profile.DEV, "has no tag");
        assertFinding(Render.breaking(PINNED, "app:stable"), Profile.DEV, "is not a version");
        assertEquals(List.of(), Render.findings(Render.good(), Profile.PROD));
    }

    @Test
    void prodPinsEveryImageByDigestWhileDevMayUseAVersionTag() {
        assertFinding(Render.breaking(PINNED, "app:1.2.3"), Profile.PROD,
                "image registry.example.com/idfraud/app:1.2.3 is not pinned by digest");
        assertFinding(Render.breaking(PINNED, "app:1.2.3@sha256:0123"), Profile.PROD, "is not pinned by digest");
        assertFinding(Render.breaking(PINNED, "app:1.2.3@sha256:" + "A".repeat(64)), Profile.PROD, "is not pinned by digest");
        assertNoFinding(Render.breaking(PINNED, "app:1.2.3"), Profile.DEV, "digest");
    }

    @Test
    void requestsAndLimitsArePresent() {
        assertFinding(Render.breaking("            limits: {cpu: \"2\", memory: 768Mi}\n", ""), Profile.PROD,
                "resources.limits.memory is missing");
        assertFinding(Render.breaking("limits: {cpu: \"2\", memory: 768Mi}", "limits: {cpu: \"2\", memory: 512Mi}"), Profile.PROD,
                "memory limit is below the memory request");
    }

    @Test
    void podsRunAsNonRootWithAReadOnlyRootAndNoCapabilities() {
        assertFinding(Render.breaking("runAsNonRoot: true", "runAsNonRoot: false"), Profile.PROD, "runAsNonRoot must be true");
        assertFinding(Render.breaking("runAsUser: 10001", "runAsUser: 0"), Profile.PROD, "runAsUser must be a numeric non-root user id");
        assertFinding(Render.breaking("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"), Profile.PROD,
                "readOnlyRootFilesystem must be true");
        assertFinding(Render.breaking("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true"), Profile.PROD,
                "allowPrivilegeEscalation must be false");
        assertFinding(Render.breaking("drop: [\"ALL\"]", "drop: [\"NET_RAW\"]"), Profile.PROD, "capabilities.drop must contain ALL");
        assertFinding(Render.breaking("type: RuntimeDefault", "type: Unconfined"), Profile.PROD, "seccompProfile must be RuntimeDefault");
    }

    @Test
    void secretsAreReferencedNeverInlined() {
        assertFinding(Render.breaking("            - name: JAVA_TOOL_OPTIONS", "            - name: FRAUD_LINK_SIGNING_KEY\n"
                + "              value: inline\n            - name: JAVA_TOOL_OPTIONS"), Profile.PROD, "env FRAUD_LINK_SIGNING_KEY has a literal value");
        assertFinding(Render.breaking("QUARKUS_SHUTDOWN_TIMEOUT: 20s", "QUARKUS_SHUTDOWN_TIMEOUT: 20s\n  QUARKUS_DATASOURCE_PASSWORD: pw"),
                Profile.PROD, "key QUARKUS_DATASOURCE_PASSWORD looks secret");
        assertFinding(Render.breaking("QUARKUS_SHUTDOWN_TIMEOUT: 20s", "QUARKUS_SHUTDOWN_TIMEOUT: 20s\n  PUBLIC: \"-----BEGIN PUBLIC KEY-----\""),
                Profile.PROD, "holds key material");
    }

    @Test
    void secretObjectsDependOnTheProfile() {
        String secret = "---\napiVersion: v1\nkind: Secret\nmetadata: {name: fraud-api-keys, namespace: fraud}\n"
                + "stringData: {api-keys: \"bank-a:x\"}\n";
        assertFinding(Render.good() + secret, Profile.PROD, "prod must not carry Secret objects");
        assertFinding(Render.good() + secret, Profile.DEV, "a dev Secret must be annotated idfraud.io/dev-only");
        assertFinding(Render.good() + secret, Profile.BASE, "base must not carry Secret data");
        String devSecret = secret.replace("metadata: {name: fraud-api-keys,",
                "metadata: {annotations: {idfraud.io/dev-only: \"true\"}, name: fraud-api-keys,");
        assertEquals(List.of(), Render.findings(Render.good() + devSecret, Profile.DEV));
        assertFinding(Render.good(), Profile.DEV, "Secret fraud-api-keys is not generated by the dev overlay");
    }

    @Test
    void quarkusServicesProbeTheirHealthAndShutDownGracefully() {
        assertFinding(Render.breaking("path: /q/health/ready", "path: /healthz"), Profile.PROD, "readinessProbe must be an httpGet on /q/health/ready");
        assertFinding(Render.breaking("terminationGracePeriodSeconds: 45", "terminationGracePeriodSeconds: 30"), Profile.PROD,
                "terminationGracePeriodSeconds 30 must exceed preStop 10s + QUARKUS_SHUTDOWN_TIMEOUT 20s");
        assertFinding(Render.breaking("\"-XX:MaxRAMPercentage=50\"", "\"-Xmx512m\""), Profile.PROD, "-XX:MaxRAMPercentage");
        assertFinding(Render.breaking("mountPath: /tmp", "mountPath: /scratch"), Profile.PROD, "/tmp must be an emptyDir mount");
    }

    @Test
    void healthAndMetricsAreReadOnTheManagementPort() {
        assertFinding(Render.breaking("{path: /q/health/ready, port: management}", "{path: /q/health/ready, port: http}"),
                Profile.PROD, "readinessProbe must be an httpGet on /q/health/ready at the port management: the service port");
        assertFinding(Render.breaking("prometheus.io/port: \"9000\"", "prometheus.io/port: \"8080\""), Profile.PROD,
                "prometheus.io/port naming the container port management");
        assertFinding(Render.breaking("QUARKUS_MANAGEMENT_PORT: \"9000\"", "QUARKUS_MANAGEMENT_PORT: \"9001\""), Profile.PROD,
                "container port management is 9000 but Quarkus serves the management interface on 9001");
        assertFinding(Render.breaking("- name: management\n", "- name: admin\n"), Profile.PROD,
                "needs a container port named management");
    }

    @Test
    void theManagementPortStaysOffServicesAndHasANetworkRuleOfItsOwn() {
        String exposed = "    - name: http\n      port: 8080\n      targetPort: http\n";
        assertFinding(Render.breaking(exposed, exposed + "    - name: metrics\n      port: 9000\n      targetPort: management\n"),
                Profile.PROD, "port metrics exposes the port management of Deployment/fraud/app");
        // without a targetPort, a Service port sends to the same number on the pod
        assertFinding(Render.breaking(exposed, exposed + "    - name: metrics\n      port: 9000\n"), Profile.PROD,
                "port metrics exposes the port management");
        assertFinding(Render.breaking("        - {protocol: TCP, port: 8080}\n", "        - {protocol: TCP, port: 8080}\n"
                + "        - {protocol: TCP, port: 9000}\n"), Profile.PROD,
                "an ingress rule admits the port management of Deployment/fraud/app together with other ports");
        assertFinding(Render.breaking("        - {protocol: TCP, port: management}\n", "        - {protocol: TCP, port: 9001}\n"),
                Profile.PROD, "no NetworkPolicy admits the port management");
    }

    @Test
    void ourImagesCannotDodgeTheQuarkusRules() {
        assertFinding(Render.breaking("    idfraud.io/runtime: quarkus\n", ""), Profile.PROD, "without the label idfraud.io/runtime");
    }

    @Test
    void prodRunsHighlyAvailable() {
        assertFinding(Render.breaking("minReplicas: 2", "minReplicas: 1"), Profile.PROD, "minReplicas must be at least 2 in prod");
        assertFinding(Render.breaking("  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: app",
                "  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: other"), Profile.PROD,
                "has no PodDisruptionBudget");
        assertFinding(Render.breaking("  selector:\n    matchLabels:\n      app.kubernetes.io/name: app\n  template",
                "  replicas: 3\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: app\n  template"), Profile.PROD, "remove spec.replicas");
    }

    @Test
    void networkPoliciesDenyByDefaultAndSelectRealPods() {
        assertFinding(Render.good().replace("policyTypes: [\"Ingress\", \"Egress\"]", "policyTypes: [\"Ingress\"]"), Profile.PROD,
                "no default-deny NetworkPolicy");
        assertFinding(Render.good().replace("{protocol: UDP, port: 53}", "{protocol: UDP, port: 5353}"), Profile.PROD,
                "no NetworkPolicy allows DNS egress");
        assertFinding(Render.good().replace("  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: app\n  policyTypes: [\"Ingress\"]",
                "  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: ap\n  policyTypes: [\"Ingress\"]"), Profile.PROD,
                "podSelector matches no pod template");
    }

    @Test
    void referencesResolve() {
        assertFinding(Render.breaking("name: app-config\n          env:", "name: app-configg\n          env:"), Profile.PROD,
                "ConfigMap app-configg is not defined");
        assertFinding(Render.breaking("targetPort: http", "targetPort: web"), Profile.PROD, "targetPort web is not a port of the selected pods");
        assertFinding(Render.breaking("serviceAccountName: app", "serviceAccountName: ap"), Profile.PROD, "serviceAccountName ap is not defined");
    }

    @Test
    void prodSecretNamesMustBeDocumented() {
        List<String> findings = new PolicyChecks(Profile.PROD, "nothing documented").check(typed(Render.good())).messages();
        assertTrue(findings.stream().anyMatch(f -> f.contains("Secret fraud-api-keys is not documented")), findings::toString);
    }

    @Test
    void quarkusDurations() {
        assertEquals(20, QuarkusRules.seconds("20s"));
        assertEquals(20, QuarkusRules.seconds("PT20S"));
        assertEquals(120, QuarkusRules.seconds("2m"));
        assertEquals(30, QuarkusRules.seconds("30"));
        assertEquals(-1, QuarkusRules.seconds("soon"));
    }

    private static List<Manifest> typed(String yaml) {
        SchemaValidator schema = new SchemaValidator();
        return new ManifestReader().read("t.yaml", yaml).stream().map(m -> m.withTyped(schema.validate(m).typed())).toList();
    }
}
