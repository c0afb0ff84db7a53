package io.github.idfraud.scoring;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class NoRawPiiInRedisTests {

    @Inject
    RedisDataSource redis;

    @Inject
    io.github.idfraud.features.Pseudonymiser pseudonymiser;

    @Test
    void noRawIdentifierReachesAnyKeyValueOrAlert() {
        String nationalId = "PI" + System.nanoTime() + "Q";
        String email = "pii.person." + System.nanoTime() + "@example.com";
        String device = "pii-device-" + System.nanoTime();
        String customer = "pii-customer-" + System.nanoTime();
        String ip = "198.18." + (System.nanoTime() % 250) + "." + (System.nanoTime() / 7 % 250);
        // Only keys this test creates have their values read: the shared test Redis holds the keys of every earlier
        // run, and reading them all took longer than a command's timeout. Every key's name is still checked.
        java.util.Set<String> before = keyNames();
        String lastAlertBefore = redis.stream(String.class).xrevrange("test-fraud-alerts", StreamRange.of("+", "-"), 1)
                .stream().map(StreamMessage::id).findFirst().orElse("-");
        Instant at = Instant.parse("2026-11-22T10:00:00Z");
        // An application burst (alerted by the default model), a verified profile, a contact change and a login, then scan
        // everything.
        java.util.List<String> eventIds = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            eventIds.add(Bodies.id("open"));
            post(BANK_A, "/v1/events", Bodies.opening(eventIds.get(i), at.plusSeconds(60L * i), nationalId,
                    email.replace("@", "+" + i + "@"), device).replace("203.0.113.7", ip)).statusCode(200);
        }
        post(BANK_A, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), at.plusSeconds(600), customer, email,
                nationalId, "2020-02-02")).statusCode(200);
        eventIds.add(Bodies.id("change"));
        post(BANK_A, "/v1/events", Bodies.emailChange(eventIds.get(6), at.plusSeconds(900), customer, device,
                email, "new." + email)).statusCode(200);
        eventIds.add(Bodies.id("login"));
        post(BANK_A, "/v1/events", Bodies.login(eventIds.get(7), at.plusSeconds(960), customer, device, ip, 51.5, -0.1))
                .statusCode(200);
        java.util.Set<String> eventRecords = new java.util.HashSet<>();
        eventIds.forEach(id -> eventRecords.add("ev:{" + pseudonymiser.eventReference("bank-a", id) + "}"));

        StringBuilder everything = new StringBuilder();
        // Every key name in Redis, and the values of every key this service writes in the test namespaces.
        for (String key : keyNames()) {
            everything.append(key).append('\n');
            boolean written = !before.contains(key)
                    && (key.startsWith("test-ff:") || key.startsWith("ctv:") || key.startsWith("cth:"));
            if (written || eventRecords.contains(key)) {
                Response value = switch (redis.key().type(key).name()) {
                    case "HASH" -> redis.execute("HGETALL", key);
                    case "ZSET" -> redis.execute("ZRANGE", key, "0", "-1");
                    case "STRING" -> redis.execute("GET", key);
                    default -> null;
                };
                if (value != null) {
                    everything.append(value).append('\n');
                }
            }
        }
        for (StreamMessage<String, String, String> m : redis.stream(String.class).xrange("test-fraud-alerts", StreamRange.of(lastAlertBefore, "+"))) {
            everything.append(m.payload()).append('\n');
        }
        assertThat(everything.toString())
                .doesNotContain(nationalId).doesNotContain(email).doesNotContain(device)
                .doesNotContain(customer).doesNotContain(ip).doesNotContain("High Street").doesNotContain("+447700900123");
        // nor the banks' event ids, which may carry customer data: the records hold the answers without them
        assertThat(eventIds).allSatisfy(id -> assertThat(everything.toString()).doesNotContain(id));
    }

    private java.util.Set<String> keyNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        redis.key().scan(new io.quarkus.redis.datasource.keys.KeyScanArgs().count(5_000)).toIterable().forEach(names::add);
        return names;
    }
}
