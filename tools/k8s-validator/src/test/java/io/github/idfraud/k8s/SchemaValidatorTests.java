package io.github.idfraud.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTests {

    @Test
    void theGoodFixturePassesEveryProdRule() {
        assertEquals(List.of(), Render.findings(Render.good(), Profile.PROD));
    }

    @Test
    void aMisspeltFieldIsRejectedWithItsPath() {
        List<String> errors = Render.findings(Render.breaking("          image:", "          imagePullPolicyy: Always\n          image:"), Profile.PROD);
        assertTrue(errors.contains("spec.template.spec.containers[0].imagePullPolicyy: field not defined in V1Container"), errors::toString);
    }

    @Test
    void aMisspeltTopLevelSpecFieldIsRejected() {
        List<String> errors = Render.findings(Render.breaking("  selector:\n    matchLabels:\n      app.kubernetes.io/name: app\n  template",
                "  replicaz: 2\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: app\n  template"), Profile.PROD);
        assertTrue(errors.stream().anyMatch(e -> e.contains("`replicaz`") && e.contains("V1DeploymentSpec")), errors::toString);
    }

    @Test
    void aMissingRequiredFieldIsRejected() {
        List<String> errors = Render.findings(Render.breaking("        - name: app\n          image:", "        - image:"), Profile.PROD);
        assertTrue(errors.stream().anyMatch(e -> e.contains("required field `name`")), errors::toString);
    }

    @Test
    void valuesOfTheWrongTypeAreRejectedEvenWhereGsonWouldCoerceThem() {
        assertTrue(Render.findings(Render.breaking("minReplicas: 2", "minReplicas: \"2\""), Profile.PROD)
                .contains("spec.minReplicas: expected a number but found \"2\""));
        assertTrue(Render.findings(Render.breaking("prometheus.io/port: \"9000\"", "prometheus.io/port: 9000"), Profile.PROD)
                .contains("spec.template.metadata.annotations[prometheus.io/port]: expected a string but found 9000"));
        assertTrue(Render.findings(Render.breaking("runAsNonRoot: true", "runAsNonRoot: \"yes\""), Profile.PROD).stream()
                .anyMatch(e -> e.contains("runAsNonRoot: expected a boolean")));
    }

    @Test
    void valuesOutsideAClosedSetAreRejected() {
        List<String> errors = Render.findings(Render.breaking("          image:", "          imagePullPolicy: Sometimes\n          image:"), Profile.PROD);
        assertTrue(errors.contains("spec.template.spec.containers[0].imagePullPolicy: 'Sometimes' is not one of [Always, IfNotPresent, Never]"),
                errors::toString);
        assertTrue(Render.findings(Render.good().replace("policyTypes: [\"Ingress\"]", "policyTypes: [\"Ingres\"]"), Profile.PROD)
                .stream().anyMatch(e -> e.contains("'Ingres' is not one of [Egress, Ingress]")));
    }

    @Test
    void everyClosedSetNamesARealModelField() throws Exception {
        for (String key : SchemaValidator.ENUMS.keySet()) {
            Class<?> model = Class.forName("io.kubernetes.client.openapi.models." + key.substring(0, key.indexOf('.')));
            String json = key.substring(key.indexOf('.') + 1);
            boolean found = java.util.Arrays.stream(model.getDeclaredFields()).anyMatch(f ->
                    f.getAnnotation(com.google.gson.annotations.SerializedName.class) != null
                            && f.getAnnotation(com.google.gson.annotations.SerializedName.class).value().equals(json));
            assertTrue(found, key + " is not a field of the client-java models: the set would never be checked");
        }
    }

    @Test
    void aMalformedQuantityIsRejected() {
        List<String> errors = Render.findings(Render.breaking("memory: 768Mi}", "memory: lots}"), Profile.PROD);
        assertTrue(errors.stream().anyMatch(e -> e.contains("quantity")), errors::toString);
    }

    @Test
    void unknownRemovedOrMisgroupedKindsHaveNoSchema() {
        assertTrue(Render.findings(Render.good().replace("apiVersion: autoscaling/v2", "apiVersion: autoscaling/v2beta2"), Profile.PROD)
                .stream().anyMatch(e -> e.contains("autoscaling/v2beta2 kind HorizontalPodAutoscaler is not a known core resource")));
        assertTrue(Render.findings("apiVersion: apps/v1\nkind: Service\nmetadata: {name: s}\n", Profile.PROD)
                .stream().anyMatch(e -> e.contains("is not a known core resource")));
        assertTrue(Render.findings("apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: s}\n", Profile.PROD)
                .stream().anyMatch(e -> e.contains("is not a known core resource")));
    }

    @Test
    void aDuplicateKeyIsAnError() {
        assertThrows(RuntimeException.class, () -> new ManifestReader().read("dup.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {x: \"1\", x: \"2\"}\n"));
    }

    @Test
    void unquotedDatesStayStrings() {
        assertEquals(List.of(), Render.findings(Render.breaking("QUARKUS_SHUTDOWN_TIMEOUT: 20s",
                "QUARKUS_SHUTDOWN_TIMEOUT: 20s\n  RELEASED: 2026-11-28"), Profile.PROD));
    }
}
