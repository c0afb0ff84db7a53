package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.scoring.redis.OrderedRedisConnection;
import io.github.idfraud.testsupport.RedisNodes;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feature engine's dedicated commit connection dies (failover, idle kill): scoring reconnects, windows intact. */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class FeatureConnectionRecoveryTests {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void scoringReconnectsAfterTheCommitConnectionIsKilledAndKeepsCounting() {
        String customer = Bodies.id("rc");
        Map<String, Object> first = login(customer, 0);
        assertThat(first.get("degraded")).isEqualTo(false);

        assertThat(killCommitConnection()).as("the named commit connection was found and killed").isTrue();

        Map<String, Object> after = null;
        for (int attempt = 1; attempt <= 5 && (after == null || Boolean.TRUE.equals(after.get("degraded"))); attempt++) {
            after = login(customer, attempt);
        }
        assertThat(after.get("degraded")).as("a fresh connection serves the windows again").isEqualTo(false);
        @SuppressWarnings("unchecked")
        Map<String, Object> features = (Map<String, Object>) after.get("features");
        assertThat(((Number) features.get("customer_events_24h")).intValue())
                .as("the login before the kill still counts").isGreaterThanOrEqualTo(2);
    }

    private Map<String, Object> login(String customer, int minute) {
        return post(BANK_A, "/v1/events?explain=true", Bodies.login(Bodies.id("login"), NOW.plusSeconds(60L * minute),
                customer, "dev-r", "203.0.113.7", 51.5, -0.12)).statusCode(200).extract().as(Map.class);
    }

    /**
     * Kills the named commit connection where it is: on a cluster the connection is one per node, and the name lands
     * on whichever node, primary or replica, the client sent it to.
     */
    private static boolean killCommitConnection() {
        boolean killed = false;
        for (String node : RedisNodes.all()) {
            String clients = RedisNodes.sendToEach(List.of(node), "CLIENT", "LIST").get(0).toString();
            for (String line : clients.split("\n")) {
                if (line.contains("name=" + OrderedRedisConnection.NAME + " ")) {
                    String id = line.split("id=")[1].split(" ")[0];
                    RedisNodes.sendToEach(List.of(node), "CLIENT", "KILL", "ID", id);
                    killed = true;
                }
            }
        }
        return killed;
    }
}
