package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.BANK_B;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Event;
import io.github.idfraud.scoring.service.ContactVault;
import io.github.idfraud.scoring.service.FeatureWindows;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The capture attempt of issue 12: a fraudster opens an account at bank B with a stolen national ID, and bank B
 * verifies the fraudster's own e-mail (the fraudster reads the code) and sends it with every session. Later
 * applications with that ID at other banks must warn the real holder, a long-standing customer of bank A, through A's
 * verified contact, and never the fraudster.
 */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class VerifiedContactTests {

    @Inject
    ContactVault vault;

    @Inject
    FeatureWindows features;

    @Test
    void applicationsWithAStolenIdWarnTheLongStandingHolderNeverTheFraudstersYoungAccount() {
        String nationalId = "QQ" + System.nanoTime();
        String holderEmail = Bodies.id("holder") + "@example.com";
        String fraudsterEmail = Bodies.id("fraudster") + "@example.net";
        Instant start = Instant.parse("2026-11-10T09:00:00Z");

        // the real holder: a customer of bank A since 2015, whose bank refreshes the verified profile
        post(BANK_A, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), start, Bodies.id("holder"), holderEmail,
                nationalId, "2015-06-01")).statusCode(200);
        // the fraudster: a young account at bank B opened with the stolen ID, its verified e-mail the fraudster's own
        String fraudsterCustomer = Bodies.id("fraudster");
        for (int day = 1; day <= 3; day++) {
            Instant session = start.plus(Duration.ofDays(day));
            post(BANK_B, "/v1/events", Bodies.loginWithContact(Bodies.id("login"), session, fraudsterCustomer,
                    Bodies.id("dev"), fraudsterEmail)).statusCode(200);
            post(BANK_B, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), session.plusSeconds(60),
                    fraudsterCustomer, fraudsterEmail, nationalId, "2026-11-10")).statusCode(200)
                    .body("decision", org.hamcrest.Matchers.equalTo("ALLOW"));
        }

        for (String tenant : List.of("bank-a", "bank-c")) {
            Event application = event(Bodies.opening(Bodies.id("open"), start.plus(Duration.ofDays(6)), nationalId,
                    Bodies.id("applicant") + "@example.org", Bodies.id("dev")));
            ContactDetails recipient = vault.recall(tenant, application, features.identify(tenant, application)).await().indefinitely();
            assertThat(recipient).as("an application at %s warns the holder", tenant).isNotNull();
            assertThat(recipient.email()).isEqualTo(holderEmail).isNotEqualTo(fraudsterEmail);
        }
    }

    @Test
    void withoutALongStandingHolderNobodyIsWarnedNotTheApplicantNorTheYoungAccount() {
        String nationalId = "QQ" + System.nanoTime();
        Instant start = Instant.parse("2026-11-10T09:00:00Z");
        post(BANK_B, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), start, Bodies.id("fraudster"),
                Bodies.id("fraudster") + "@example.net", nationalId, "2026-11-01")).statusCode(200);

        Event application = event(Bodies.opening(Bodies.id("open"), start.plus(Duration.ofDays(2)), nationalId,
                Bodies.id("applicant") + "@example.org", Bodies.id("dev")));
        assertThat(vault.recall("bank-a", application, features.identify("bank-a", application)).await().indefinitely()).isNull();
    }

    @Test
    void eventsOnAYoungAccountWarnTheIdentitysLongStandingHolderAndOtherwiseNobody() {
        String nationalId = "QQ" + System.nanoTime();
        String holderEmail = Bodies.id("holder") + "@example.com";
        Instant start = Instant.parse("2026-11-10T09:00:00Z");
        String fraudsterCustomer = Bodies.id("fraudster");
        post(BANK_B, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), start, fraudsterCustomer,
                Bodies.id("fraudster") + "@example.net", nationalId, "2026-11-09")).statusCode(200);
        assertThat(recipientOfPayeeAt("bank-b", fraudsterCustomer, start.plus(Duration.ofDays(1))))
                .as("a young account's own contact is never used, and nobody else holds the ID yet").isNull();

        post(BANK_A, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), start.plus(Duration.ofDays(2)),
                Bodies.id("holder"), holderEmail, nationalId, "2012-03-01")).statusCode(200);
        assertThat(recipientOfPayeeAt("bank-b", fraudsterCustomer, start.plus(Duration.ofDays(3))).email())
                .as("the person whose identity the account uses is warned").isEqualTo(holderEmail);
    }

    @Test
    void anAccountEventGoesToTheContactVerifiedBeforeItAndAChangedContactWaitsOutTheQuarantine() {
        String customer = Bodies.id("customer");
        Instant start = Instant.parse("2026-11-01T09:00:00Z");
        post(BANK_A, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), start, customer, "own@example.com", null,
                "2018-01-01")).statusCode(200);
        post(BANK_A, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), start.plus(Duration.ofDays(1)), customer,
                "own@example.com", null, "2018-01-01")).statusCode(200);
        post(BANK_A, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), start.plus(Duration.ofDays(2)), customer,
                "new@example.com", null, "2018-01-01")).statusCode(200);

        assertThat(recipientOfPayeeAt(customer, start.minusSeconds(60))).as("nothing was verified before").isNull();
        assertThat(recipientOfPayeeAt(customer, start.plus(Duration.ofDays(3))).email())
                .as("a refresh of the same address did not push it out; the new one is in quarantine")
                .isEqualTo("own@example.com");
        assertThat(recipientOfPayeeAt(customer, start.plus(Duration.ofDays(17))).email())
                .as("after the quarantine the new address is trusted").isEqualTo("new@example.com");
    }

    @Test
    void aProfileWithoutItsBlockIsRefusedNamingTheField() {
        String body = """
                {"eventId":"%s","type":"PROFILE_VERIFIED","occurredAt":"2026-11-10T09:00:00Z","customerId":"c-1",
                 "identity":{"firstName":"Vic"}}
                """.formatted(Bodies.id("profile"));
        List<String> fields = post(BANK_A, "/v1/events", body).statusCode(400).contentType("application/problem+json")
                .extract().jsonPath().getList("violations.field", String.class);
        assertThat(fields).contains("profile", "identity.email");
    }

    private ContactDetails recipientOfPayeeAt(String customer, Instant at) {
        return recipientOfPayeeAt("bank-a", customer, at);
    }

    private ContactDetails recipientOfPayeeAt(String tenant, String customer, Instant at) {
        Event payee = event(Bodies.payee(Bodies.id("payee"), at, customer, Bodies.id("dev"), "payee-1"));
        return vault.recall(tenant, payee, features.identify(tenant, payee)).await().indefinitely();
    }

    private static Event event(String json) {
        try {
            return ContractJson.newMapper().readValue(json, Event.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
