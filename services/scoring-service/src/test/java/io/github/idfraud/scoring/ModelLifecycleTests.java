package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.github.idfraud.scoring.model.TinyModels;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class ModelLifecycleTests {

    private static final String ADMIN = "Bearer test-admin-key";

    private static io.restassured.response.ValidatableResponse admin(String path, String body) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static String liveVersion() {
        return given().header("Authorization", BANK_A).get("/v1/model").then().extract().path("version");
    }

    @Test
    void theAdminApiLoadsOnlyPinnedArtifactsFromTheModelDirectory() throws Exception {
        Path artifact = TinyModels.write(AdminModels.runDirectory("run").resolve("ok"), "pinned-test-1", true);
        Path outside = TinyModels.write(Files.createTempDirectory("elsewhere"), "outside-test-1", true);
        String champion = liveVersion();

        String unpinned = AdminModels.pinned(artifact, "").replace(",\"sha256\":\"\"", "");
        admin("/admin/model/challenger", unpinned).statusCode(400).body("violations[0].field", equalTo("sha256"));
        admin("/admin/model/challenger", AdminModels.pinned(artifact, "0".repeat(64))).statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("sha256"));
        String refused = admin("/admin/model/challenger", "{\"location\":\"" + outside + "\",\"sha256\":\""
                + AdminModels.sha256(outside) + "\"}").statusCode(400).body("violations[0].field", equalTo("location"))
                .extract().asString();
        assertThat(refused).as("the refusal names no path").doesNotContain(outside.getParent().toString());
        admin("/admin/model/challenger", "{\"location\":\"../../pom.xml\",\"sha256\":\"" + "a".repeat(64) + "\"}")
                .statusCode(400).body("violations[0].field", equalTo("location"));
        admin("/admin/model/reload", "{\"location\":\"classpath:models/default/model.tribuo\",\"sha256\":\""
                + "a".repeat(64) + "\"}").statusCode(400).body("violations[0].field", equalTo("location"));
        given().header("Authorization", BANK_A).get("/v1/model").then().body("version", equalTo(champion))
                .body("challenger", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aChallengerScoresInShadowAndIsPromotedWithoutARestart() throws Exception {
        Path dir = AdminModels.runDirectory("run");
        Path challenger = TinyModels.write(dir.resolve("ok"), "challenger-test-1", true);
        Path mismatched = TinyModels.write(dir.resolve("bad"), "mismatched-test-1", false);
        String champion = liveVersion();
        try {
            given().contentType(ContentType.JSON).body("{}").post("/admin/model/promote").then().statusCode(401);
            given().header("Authorization", BANK_A).contentType(ContentType.JSON).body("{}").post("/admin/model/promote")
                    .then().statusCode(401);

            admin("/admin/model/challenger", AdminModels.pinned(challenger)).statusCode(200)
                    .body("version", equalTo("challenger-test-1"));
            String bankView = given().header("Authorization", BANK_A).get("/v1/model").then()
                    .body("version", equalTo(champion)).body("challenger.version", equalTo("challenger-test-1"))
                    .extract().asString();
            assertThat(bankView).as("a bank sees no file path and no provenance").doesNotContain(AdminModels.DIRECTORY.toString())
                    .doesNotContain("provenance").doesNotContain("source");
            given().header("Authorization", ADMIN).get("/admin/model").then().statusCode(200)
                    .body("challenger.source", org.hamcrest.Matchers.endsWith("model.tribuo"));

            double countedForChampion = decisionsCounted("bank-a", champion);
            String decidedBy = post(BANK_A, "/v1/events", Bodies.login(Bodies.id("login"), Instant.parse("2026-11-24T08:00:00Z"),
                    Bodies.id("c"), Bodies.id("d"), "203.0.113.9", 51.5, -0.1)).statusCode(200).extract().path("modelVersion");
            assertThat(decidedBy).as("the challenger never decides").isEqualTo(champion);
            assertThat(decisionsCounted("bank-a", champion)).as("each decision is counted under the model that made it")
                    .isEqualTo(countedForChampion + 1);
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("fraud_challenger_decisions_total").contains("challenger-test-1");

            admin("/admin/model/reload", AdminModels.pinned(mismatched)).statusCode(409)
                    .contentType("application/problem+json");
            given().header("Authorization", BANK_A).get("/v1/model").then().body("version", equalTo(champion));

            admin("/admin/model/promote", "{}").statusCode(200).body("version", equalTo("challenger-test-1"));
            String nowDecidedBy = post(BANK_A, "/v1/events", Bodies.login(Bodies.id("login"), Instant.parse("2026-11-24T08:05:00Z"),
                    Bodies.id("c"), Bodies.id("d"), "203.0.113.9", 51.5, -0.1)).statusCode(200).extract().path("modelVersion");
            assertThat(nowDecidedBy).isEqualTo("challenger-test-1");
            assertThat(decisionsCounted("bank-a", "challenger-test-1")).isEqualTo(1);
            assertThat(decisionsCounted("bank-a", champion)).isEqualTo(countedForChampion + 1);
        } finally {
            admin("/admin/model/reload", "{}").statusCode(200).body("version", equalTo(champion));
        }
    }

    /** fraud_decisions_total for one tenant and model, over every decision type. */
    private static double decisionsCounted(String tenant, String model) {
        return ScrapedMetrics.sum("fraud_decisions_total", "tenant", tenant, "model", model);
    }
}
