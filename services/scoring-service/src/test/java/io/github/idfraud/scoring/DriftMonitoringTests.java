package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.models.DriftReference;
import io.github.idfraud.models.ReferenceBins;
import io.github.idfraud.scoring.model.TinyModels;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The drift gauges on /q/metrics, against a model and drift reference built here (the committed default model's card
 * has none yet). Test profile: windows of 1,000 events, PSI from 500 on.
 */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class DriftMonitoringTests {

    /** The levels docs/operations.md documents. */
    private static final double WATCH = 0.1;
    private static final double ALARM = 0.25;
    private static final String ADMIN = "Bearer test-admin-key";

    private final ObjectMapper json = ContractJson.newMapper();

    @Test
    void theScorePsiStaysBelowWatchOnFamiliarTrafficAndPassesTheAlarmOnAShiftedStream() throws Exception {
        Path dir = AdminModels.runDirectory("drift");
        Path champion = TinyModels.writeRiskModel(dir.resolve("champion"));
        Path challenger = dir.resolve("challenger").resolve("model.tribuo");
        Files.createDirectories(challenger.getParent());
        Files.copy(champion, challenger);
        Instant start = Instant.now().minus(Duration.ofHours(3));
        try {
            writeCard(champion, "drift-calibration", null);
            admin("/admin/model/reload", champion).statusCode(200).body("version", equalTo("drift-calibration"));
            // What the trainer does on its calibration period, here on the explained answers of a familiar stream.
            DriftReference reference = referenceOf(explained(new DriftTraffic(1).stream(1500, start, false)));
            writeCard(champion, "drift-champion", reference);
            admin("/admin/model/reload", champion).statusCode(200).body("version", equalTo("drift-champion"));
            // A challenger expecting every score at zero: were the PSI measured against it, familiar traffic would alarm.
            writeCard(challenger, "drift-challenger", new DriftReference("nothing", 1,
                    new ReferenceBins(List.of(0.0001), List.of(1.0, 0.0)), Map.of()));
            admin("/admin/model/challenger", challenger).statusCode(200);

            batch(new DriftTraffic(2).stream(1000, start, false));

            assertThat(gauge("fraud_drift_window_events", "tenant", "bank-a")).isEqualTo(1000);
            double familiar = gauge("fraud_score_psi", "tenant", "bank-a");
            assertThat(familiar).as("score PSI of familiar traffic").isBetween(0.0, WATCH);
            double familiarAlerts = gauge("fraud_alert_rate", "tenant", "bank-a", "type", "TRANSACTION");
            assertThat(familiarAlerts).isBetween(0.0, 1.0);

            given().header("Authorization", ADMIN).delete("/admin/model/challenger").then().statusCode(204);
            batch(new DriftTraffic(3).stream(1000, start, true));

            double shifted = gauge("fraud_score_psi", "tenant", "bank-a");
            System.out.printf("drift test: score PSI %.4f on familiar traffic, %.4f on the shifted stream%n", familiar, shifted);
            assertThat(shifted).as("score PSI of the shifted stream").isGreaterThan(ALARM);
            assertThat(gauge("fraud_feature_psi", "tenant", "bank-a", "feature", "amount_log")).isGreaterThan(ALARM);
            assertThat(gauge("fraud_feature_psi", "tenant", "bank-a", "feature", "customer_new_device")).isGreaterThan(ALARM);
            assertThat(gauge("fraud_alert_rate", "tenant", "bank-a", "type", "TRANSACTION")).isGreaterThan(familiarAlerts);
            assertThat(gauge("fraud_alert_rate", "tenant", "bank-a", "type", "PAYEE_ADDED")).isBetween(0.0, 1.0);
        } finally {
            given().header("Authorization", ADMIN).delete("/admin/model/challenger");
            given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{}").post("/admin/model/reload")
                    .then().statusCode(200);
        }
    }

    @Test
    void aCardWithoutAReferenceExportsAlertRatesButNoPsi() throws Exception {
        Path artifact = TinyModels.writeRiskModel(AdminModels.runDirectory("drift-none").resolve("model"));
        writeCard(artifact, "drift-no-reference", null);
        try {
            admin("/admin/model/reload", artifact).statusCode(200);
            batch(new DriftTraffic(4).stream(600, Instant.now().minus(Duration.ofHours(2)), false));

            assertThat(gauge("fraud_alert_rate", "tenant", "bank-a", "type", "LOGIN")).isBetween(0.0, 1.0);
            assertThat(gaugeOrNaN("fraud_score_psi", "tenant", "bank-a")).as("no reference, no PSI").isNaN();
        } finally {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{}").post("/admin/model/reload")
                    .then().statusCode(200);
        }
    }

    /** Loads {@code artifact} as it is now (its card beside it may change between loads, the artifact not). */
    private static ValidatableResponse admin(String path, Path artifact) throws Exception {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(AdminModels.pinned(artifact)).post(path).then();
    }

    private void writeCard(Path artifact, String version, DriftReference reference) throws Exception {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("version", version);
        card.put("algorithm", "XGBoost (drift test)");
        card.put("thresholds", Map.of("challenge", 0.3, "review", 0.6, "decline", 0.9));
        if (reference != null) {
            card.put("driftReference", reference);
        }
        Files.writeString(artifact.resolveSibling("model-card.json"), json.writeValueAsString(card));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> explained(List<String> bodies) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String body : bodies) {
            answers.add(post(BANK_A, "/v1/events?explain=true", body).statusCode(200).extract().as(Map.class));
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static DriftReference referenceOf(List<Map<String, Object>> answers) {
        double[] scores = answers.stream().mapToDouble(a -> ((Number) a.get("score")).doubleValue()).toArray();
        Map<String, ReferenceBins> features = new LinkedHashMap<>();
        for (String name : FeatureSchema.names()) {
            double[] values = answers.stream()
                    .mapToDouble(a -> ((Number) ((Map<String, Object>) a.get("features")).get(name)).doubleValue()).toArray();
            features.put(name, ReferenceBins.of(values));
        }
        return new DriftReference("familiar test stream", answers.size(), ReferenceBins.of(scores, ReferenceBins.SCORE_QUANTILES),
                features);
    }

    private void batch(List<String> bodies) {
        String body = "{\"events\":[" + String.join(",", bodies) + "]}";
        List<String> decisions = post(BANK_A, "/v1/events:batch", body).statusCode(200).extract().path("results.decision");
        assertThat(decisions).hasSize(bodies.size());
    }

    /** The value of the series {@code name} whose labels include the given name/value pairs. */
    private static double gauge(String name, String... labels) {
        Double value = find(name, labels);
        if (value == null) {
            throw new AssertionError("no series " + name + " with " + List.of(labels) + " on /q/metrics");
        }
        return value;
    }

    /** Like {@link #gauge}, NaN when there is no such series (a gauge never registered). */
    private static double gaugeOrNaN(String name, String... labels) {
        Double value = find(name, labels);
        return value == null ? Double.NaN : value;
    }

    private static Double find(String name, String... labels) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name + "{")) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < labels.length; i += 2) {
                matches &= line.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
            }
            if (matches) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return null;
    }
}
