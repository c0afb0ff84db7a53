package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.scoring.service.ContactVault;
import io.github.idfraud.scoring.service.FeatureWindows;
import io.github.idfraud.testsupport.RedisTestResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The vault key only the scoring service holds, rotated while the service answers (the test profile runs inside a
 * vault-key window: %test.fraud.vault-previous-keys), an unreadable vault entry treated as absent and counted, and the
 * pseudonymisation re-key tool on the admin API.
 */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class KeyRotationTests {

    private static final String ADMIN = "Bearer test-admin-key";
    /** The test profile's values: the vault key, the vault key it replaced, and the contact key both services hold. */
    private static final ContactCipher VAULT = new ContactCipher("dGVzdC1vbmx5LXZhdWx0LWtleS0zMi1ieXRlcy1ubyE=");
    private static final ContactCipher PREVIOUS_VAULT = new ContactCipher("dGVzdC1vbmx5LW9sZC12YXVsdC1rZXktMzItYnl0ZSE=");
    private static final ContactCipher CASE_SERVICE = new ContactCipher("dGVzdC1vbmx5LWNvbnRhY3Qta2V5LTMyLWJ5dGVzISE=");
    private static final ContactCipher RETIRED = new ContactCipher("cmV0aXJlZC12YXVsdC1rZXktb2YtbGFzdC15ZWFyISE=");
    private static final Pseudonymiser PSEUDONYMS = new Pseudonymiser("test-only-pseudonymisation-key-not-secret-01");
    private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

    @Inject
    ContactVault vault;

    @Inject
    FeatureWindows features;

    @Inject
    RedisDataSource redis;

    @Inject
    MeterRegistry meters;

    @Test
    void theVaultIsSealedUnderTheVaultKeyWhichTheCaseServicesKeyCannotOpen() {
        String customer = verifiedCustomer("own@example.com");
        String sealed = redis.hash(String.class).hget(vaultKeyOf(customer), "cur");
        String associatedData = vaultKeyOf(customer);

        assertThat(ContactCipher.keyIdOf(sealed)).contains(VAULT.keyId());
        assertThat(VAULT.decrypt(sealed, associatedData)).contains("own@example.com");
        assertThatThrownBy(() -> CASE_SERVICE.decrypt(sealed, associatedData)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntrySealedUnderThePreviousVaultKeyIsStillReadDuringTheWindow() {
        String customer = verifiedCustomer("own@example.com");
        reseal(customer, PREVIOUS_VAULT, "before-rotation@example.com");

        assertThat(recipientOfPayee(customer).email()).isEqualTo("before-rotation@example.com");
    }

    @Test
    void anEntrySealedUnderARetiredKeyOrTamperedWithIsAbsentAndCountedNeverAnError() {
        double before = unreadable();
        String retired = verifiedCustomer("own@example.com");
        reseal(retired, RETIRED, "retired@example.com");
        String tampered = verifiedCustomer("own@example.com");
        String sealed = redis.hash(String.class).hget(vaultKeyOf(tampered), "cur");
        redis.hash(String.class).hset(vaultKeyOf(tampered), "cur", sealed.substring(0, sealed.length() - 6));

        assertThat(recipientOfPayee(retired)).isNull();
        assertThat(recipientOfPayee(tampered)).isNull();
        assertThat(unreadable() - before).isEqualTo(2);
    }

    @Test
    void theKeyIdsOfEveryKeyAreShownToOperatorsNeverTheKeys() {
        given().header("Authorization", ADMIN).get("/admin/keys").then().statusCode(200)
                .body("vault", org.hamcrest.Matchers.equalTo(VAULT.keyId()))
                .body("contactEncryption", org.hamcrest.Matchers.equalTo(CASE_SERVICE.keyId()))
                .body("pseudonymisation", org.hamcrest.Matchers.equalTo(PSEUDONYMS.keyId()));
    }

    @Test
    void theReKeyToolDeletesEveryIdentifierValueOfARetiredKeyAndKeepsTheCurrentOnes() {
        String prefix = "rekey-" + UUID.randomUUID().toString().substring(0, 8) + ":";
        String current = PSEUDONYMS.keyId();
        // buckets of values (ADR 0015), and string keys written before them
        List<String> retired = List.of(RedisKeys.identifierStateBucket(prefix, 7, "RETIRED1"),
                RedisKeys.identifierStateBucket(prefix, 8, null), prefix + "{n:aaaa}:s:RETIRED1", prefix + "{e:bbbb}:s");
        List<String> kept = List.of(RedisKeys.identifierStateBucket(prefix, 7, current), prefix + "{n:cccc}:s:" + current);
        retired.forEach(key -> redis.value(String.class).setex(key, 600, "x"));
        kept.forEach(key -> redis.value(String.class).setex(key, 600, "x"));

        given().header("Authorization", ADMIN).contentType("application/json").body("{\"prefix\":\"" + prefix + "\"}")
                .post("/admin/keys/pseudonymisation/retire").then().statusCode(200)
                .body("deleted", org.hamcrest.Matchers.equalTo(4));
        assertThat(retired).noneMatch(key -> redis.key().exists(key));
        assertThat(kept).allMatch(key -> redis.key().exists(key));
        kept.forEach(key -> redis.key().del(key));
    }

    @Test
    void theReKeyToolRefusesAPatternForAPrefixNamingTheField() {
        given().header("Authorization", ADMIN).contentType("application/json").body("{\"prefix\":\"*\"}")
                .post("/admin/keys/pseudonymisation/retire").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", org.hamcrest.Matchers.hasItem("prefix"));
    }

    private String verifiedCustomer(String email) {
        String customer = Bodies.id("customer");
        post(BANK_A, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), START, customer, email, null,
                "2018-01-01")).statusCode(200);
        return customer;
    }

    /** Replaces the customer's current contact with one sealed under {@code cipher}, as the vault binds it. */
    private void reseal(String customer, ContactCipher cipher, String email) {
        String key = vaultKeyOf(customer);
        try {
            String json = ContractJson.newMapper().writeValueAsString(new ContactDetails("Vic", email, "+447700900456"));
            redis.hash(String.class).hset(key, "cur", cipher.encrypt(json, key));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String vaultKeyOf(String customer) {
        Event profile = event(Bodies.profileVerified("any", START, customer, "any@example.com", null, "2018-01-01"));
        return RedisKeys.verifiedContact(features.identify("bank-a", profile).get(IdentifierKind.CUSTOMER), PSEUDONYMS.keyId());
    }

    private ContactDetails recipientOfPayee(String customer) {
        Event payee = event(Bodies.payee(Bodies.id("payee"), START.plus(Duration.ofDays(1)), customer, Bodies.id("dev"), "p-1"));
        return vault.recall("bank-a", payee, features.identify("bank-a", payee)).await().indefinitely();
    }

    private double unreadable() {
        Counter counter = meters.find("fraud.vault.unreadable").tag("tenant", "bank-a").counter();
        return counter == null ? 0 : counter.count();
    }

    private static Event event(String json) {
        try {
            return ContractJson.newMapper().readValue(json, Event.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
