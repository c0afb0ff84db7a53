package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A batch is scored many events at a time (issue 16), yet each event is answered as if the batch's events had been
 * sent one after another: events that share an identifier still build on each other in the order given.
 */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class BatchScoringTests {

    private static final int PEOPLE = 12;
    private static final String SHARED_IP = "198.51.100.23";

    @Test
    void aBatchAnswersEachEventAsTheSameEventsSentOneAfterAnotherWould() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        List<String> batched = takeovers(start);
        List<String> oneByOne = takeovers(start);

        JsonPath batch = post(BANK_A, "/v1/events:batch", "{\"events\":[" + String.join(",", batched) + "]}")
                .statusCode(200).extract().jsonPath();
        List<Float> batchScores = batch.getList("results.score", Float.class);
        List<String> batchIds = batch.getList("results.eventId", String.class);
        List<Float> singleScores = new ArrayList<>();
        for (String event : oneByOne) {
            singleScores.add(post(BANK_A, "/v1/events", event).statusCode(200).extract().path("score"));
        }

        assertThat(batchIds).as("answers in the order of the events")
                .containsExactlyElementsOf(batched.stream().map(BatchScoringTests::eventIdOf).toList());
        assertThat(batchScores).as("each event scored on the windows of the events before it, as one by one")
                .containsExactlyElementsOf(singleScores);
        assertThat(batchScores.stream().distinct().count()).as("a sequence whose order changes the scores").isGreaterThan(3);
    }

    /**
     * Twelve people's account takeovers, interleaved: each person's events only mean something in their order (a new
     * device, then a reset, an e-mail change, a new payee and transfers to it). Every identifier is new, so two calls
     * give two worlds that score alike.
     */
    private static List<String> takeovers(Instant start) {
        List<List<String>> people = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            String customer = Bodies.id("batch-cust");
            String device = Bodies.id("batch-dev");
            String payee = Bodies.id("batch-payee");
            String ip = randomIp();
            Instant at = start.plusSeconds(p);
            people.add(List.of(
                    Bodies.login(Bodies.id("batch-login"), at, customer, device, ip, 51.5, -0.12),
                    own(Bodies.passwordReset(Bodies.id("batch-reset"), at.plusSeconds(60), customer, device), ip),
                    own(Bodies.emailChange(Bodies.id("batch-change"), at.plusSeconds(120), customer, device,
                            customer + "@example.com", customer + "@example.net"), ip),
                    own(Bodies.payee(Bodies.id("batch-payee-added"), at.plusSeconds(180), customer, device, payee), ip),
                    own(Bodies.transfer(Bodies.id("batch-tx"), at.plusSeconds(240), customer, device, payee, "900.00"), ip),
                    own(Bodies.transfer(Bodies.id("batch-tx"), at.plusSeconds(300), customer, device, payee, "950.00"), ip)));
        }
        List<String> interleaved = new ArrayList<>();
        for (int step = 0; step < people.get(0).size(); step++) {
            for (List<String> person : people) {
                interleaved.add(person.get(step));
            }
        }
        return interleaved;
    }

    /** The bodies' shared address, made this person's own: another test's traffic must not move these scores. */
    private static String own(String body, String ip) {
        return body.replace(SHARED_IP, ip);
    }

    private static String randomIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static String eventIdOf(String body) {
        return JsonPath.from(body).getString("eventId");
    }
}
