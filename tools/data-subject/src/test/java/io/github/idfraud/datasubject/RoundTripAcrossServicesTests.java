package io.github.idfraud.datasubject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.AnalystRoles;
import io.github.idfraud.datasubject.DataSubjectRequest.Action;
import io.github.idfraud.datasubject.DataSubjectRequest.Endpoints;
import io.github.idfraud.harness.CaseDatabaseRoles;
import io.github.idfraud.harness.CaseServiceEnvironment;
import io.github.idfraud.harness.DatabaseLogin;
import io.github.idfraud.harness.ScoringServiceEnvironment;
import io.github.idfraud.harness.Service;
import io.github.idfraud.harness.ServiceProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * The data-subject round trip across both services, as an operator runs it (issue 15, finding 3): both packaged
 * services on the local Redis and PostgreSQL, a person planted through the banks' API into every store (each
 * identifier kind's history, the verified-contact vault, the national ID's holders, the alert stream, cases with
 * their events and sealed contacts), exported by the command, erased, and nothing about them left anywhere, while
 * another person's data stays. Needs the services' jars: {@code ./mvnw verify} builds them before this module's tests.
 */
class RoundTripAcrossServicesTests {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final String ISSUER = "https://round-trip.invalid/issuer";
    private static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = "ds" + Long.toString(System.currentTimeMillis(), 36);
    private final String tenantKey = secret();

    @Test
    void aPersonPlantedInEveryStoreIsExportedThenErasedEverywhereWhileAnotherPersonStays() throws Exception {
        assumeTrue(Files.isRegularFile(Service.SCORING.jar(REPO)) && Files.isRegularFile(Service.CASES.jar(REPO)),
                "both services must be packaged (./mvnw verify)");
        KeyPair tokenKeys = rsa();
        String adminKey = secret();
        String contactKey = Base64.getEncoder().encodeToString(bytes(32));
        ScoringServiceEnvironment scoringEnv = new ScoringServiceEnvironment().port(freePort()).managementPort(freePort())
                .redis("redis://127.0.0.1:6379").apiKeys(Map.of("bank-a", tenantKey))
                .pseudonymisationKey(secret()).contactEncryptionKey(contactKey).adminKey(adminKey)
                .vaultKey(Base64.getEncoder().encodeToString(bytes(32)))
                // every event alerts, so each one reaches the case service too
                .reviewThreshold(0.0).featureKeyPrefix(run + "-ff:").streams(run + "-alerts", run + "-labels");
        DatabaseLogin runtime = createDatabase(run);
        CaseServiceEnvironment caseEnv = new CaseServiceEnvironment().port(freePort()).managementPort(freePort())
                .redis("redis://127.0.0.1:6379").database(JDBC + run, DatabaseLogin.trusted("postgres"), runtime).mockMailer()
                .contactEncryptionKey(contactKey).linkSigningKey(secret()).tokenVerification(tokenKeys.getPublic(), ISSUER)
                .analystTenants(List.of("bank-a"))
                .streams(run + "-alerts", run + "-labels").deadLetterStream(run + "-dead").alertsConsumer(run);
        caseEnv.publicBaseUrl(caseEnv.baseUrl());
        Path logs = Files.createDirectories(Path.of("target", "round-trip"));
        try (ServiceProcess scoring = ServiceProcess.start(REPO, scoringEnv, List.of(), logs);
             ServiceProcess cases = ServiceProcess.start(REPO, caseEnv, List.of(), logs)) {
            scoring.awaitReady(Duration.ofMinutes(2));
            cases.awaitReady(Duration.ofMinutes(3));
            DataSubjectRequest request = new DataSubjectRequest(new Endpoints(scoring.uri(), adminKey, cases.uri(),
                    operatorToken(tokenKeys)), Clock.systemUTC());
            Person lena = Person.random("lena");
            Person omar = Person.random("omar");
            plant(scoring.uri(), lena);
            plant(scoring.uri(), omar);
            awaitCaseEvents(4);

            JsonNode export = request.run(Action.EXPORT, lena.subject());

            JsonNode held = export.path("scoringService");
            assertThat(kinds(held.path("identifiers"))).containsExactlyInAnyOrder("nationalId", "email", "phone", "customer");
            assertThat(held.at("/verifiedContacts/current/details/email").asText()).isEqualTo(lena.email());
            assertThat(held.path("nationalIdHolders")).hasSize(1);
            JsonNode caseHeld = export.path("caseService");
            assertThat(caseHeld.path("cases")).hasSize(2);
            assertThat(caseHeld.findValuesAsText("email")).contains(lena.email());
            assertThat(caseHeld.at("/streams/" + run + "-alerts")).hasSize(2);
            assertThat(export.toString()).doesNotContain(omar.email(), omar.phone(), omar.nationalId(), omar.customer());

            JsonNode erasure = request.run(Action.ERASE, lena.subject());
            assertThat(erasure.at("/caseService/cases").asInt()).isEqualTo(2);

            JsonNode after = request.run(Action.EXPORT, lena.subject());
            assertThat(after.at("/scoringService/identifiers")).isEmpty();
            assertThat(after.at("/scoringService/verifiedContacts").isNull()).isTrue();
            assertThat(after.at("/scoringService/nationalIdHolders")).isEmpty();
            assertThat(after.at("/caseService/cases")).isEmpty();
            after.at("/caseService/streams").forEach(entries -> assertThat(entries).isEmpty());
            assertThat(count("select count(*) from case_event")).as("the other person's events").isEqualTo(2);
            JsonNode others = request.run(Action.EXPORT, omar.subject());
            assertThat(others.at("/scoringService/identifiers")).hasSize(4);
            assertThat(others.at("/caseService/cases")).hasSize(2);
            request.run(Action.ERASE, omar.subject());
        } finally {
            database("drop database if exists " + run + " with (force)");
        }
    }

    /**
     * The bank verifies the person's contact (a customer for ten years; kept, never scored), the person logs in, and an
     * application at the same bank uses their national ID, e-mail and phone: two alerts, two cases.
     */
    private void plant(URI scoring, Person person) throws IOException, InterruptedException {
        Instant at = Instant.now().minus(3, ChronoUnit.HOURS);
        send(scoring, "ALLOW", """
                {"eventId":"%s","type":"PROFILE_VERIFIED","occurredAt":"%s","customerId":"%s",
                 "identity":{"nationalId":"%s","firstName":"Lena","email":"%s","phone":"%s"},
                 "profile":{"customerSince":"2015-06-01"}}
                """.formatted(person.customer() + "-profile", at, person.customer(), person.nationalId(),
                person.email(), person.phone()));
        send(scoring, "REVIEW", """
                {"eventId":"%s","type":"LOGIN","occurredAt":"%s","customerId":"%s","accountId":"acc-1",
                 "device":{"deviceId":"%s","ip":"203.0.113.7"},"login":{"success":true,"method":"PASSWORD"}}
                """.formatted(person.customer() + "-login", at.plusSeconds(3600), person.customer(),
                person.customer() + "-device"));
        send(scoring, "REVIEW", """
                {"eventId":"%s","type":"ACCOUNT_OPENING","occurredAt":"%s","customerId":"%s",
                 "identity":{"nationalId":"%s","firstName":"Lena","lastName":"Ng","dateOfBirth":"1984-03-02",
                             "email":"%s","phone":"%s"}}
                """.formatted(person.customer() + "-open", at.plusSeconds(7200), person.customer() + "-new",
                person.nationalId(), person.email(), person.phone()));
    }

    private void send(URI scoring, String decision, String event) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(scoring.resolve("/v1/events"))
                .header("Authorization", "Bearer " + tenantKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("decision").asText()).isEqualTo(decision);
    }

    private void awaitCaseEvents(long expected) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count("select count(*) from case_event") < expected) {
            assertThat(System.nanoTime()).as("cases of the planted alerts within 60 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(JDBC + run, "postgres", "");
             Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A database of its own, with the case service's runtime role. */
    private static DatabaseLogin createDatabase(String name) throws SQLException {
        try (Connection db = DriverManager.getConnection(JDBC + "postgres", "postgres", "");
             Statement statement = db.createStatement()) {
            statement.execute("create database " + name);
            return CaseDatabaseRoles.ensureRuntimeRole(db);
        }
    }

    private static void database(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(JDBC + "postgres", "postgres", "");
             Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> kinds(JsonNode identifiers) {
        List<String> kinds = new ArrayList<>();
        identifiers.forEach(i -> kinds.add(i.path("kind").asText()));
        return kinds;
    }

    /** An operator's access token as the identity provider would issue it. */
    private static String operatorToken(KeyPair keys) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("idfraud-case-service");
        claims.setSubject("olga");
        claims.setClaim("upn", "olga");
        claims.setClaim("tenant", "platform");
        claims.setStringListClaim("groups", List.of(AnalystRoles.OPERATOR));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] bytes(int n) {
        byte[] out = new byte[n];
        RANDOM.nextBytes(out);
        return out;
    }

    private static String secret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(30));
    }

    private record Person(String customer, String email, String phone, String nationalId) {

        static Person random(String name) {
            String unique = Long.toString(System.nanoTime());
            return new Person(name + "-" + unique, name + "-" + unique + "@example.com",
                    "+4477" + unique.substring(unique.length() - 8), "QQ" + unique);
        }

        JsonNode subject() {
            return JSON.valueToTree(Map.of("tenant", "bank-a", "identifiers",
                    Map.of("email", email, "phone", phone, "nationalId", nationalId, "customerId", customer)));
        }
    }
}
