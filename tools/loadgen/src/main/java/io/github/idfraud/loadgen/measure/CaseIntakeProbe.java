package io.github.idfraud.loadgen.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.Explanation;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Reason;
import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.harness.CaseDatabaseRoles;
import io.github.idfraud.harness.CaseServiceEnvironment;
import io.github.idfraud.harness.DatabaseLogin;
import io.github.idfraud.harness.ChildProcess;
import io.github.idfraud.harness.Service;
import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.redis.RedisAdmin;
import io.github.idfraud.loadgen.suite.BenchNamespace;
import io.github.idfraud.loadgen.suite.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts the packaged case service against a throwaway database and alert stream, lets it store N untimed alerts
 * (warm-up: on these two cores the JIT compiler still took about a core through a timed run after N/2), then adds N
 * alerts in the {@link AlertEntry} format at once and times until every one is a case event (none lost). A third of
 * the alerts carry a sealed contact, so the intake also writes consumer notices to its outbox; the mailer is in mock
 * mode and nothing leaves the machine.
 */
public final class CaseIntakeProbe {

    /** One untimed warm-up alert per this many measured ones. */
    private static final int WARM_UP_SHARE = 1;

    /** The banks the probe's alerts belong to. */
    private static final List<String> TENANTS = List.of("bank-a", "bank-b", "bank-c");

    /** As large as a real alert's: ten contributions and a full feature vector (92 values in the live schema). */
    private static final Explanation BENCH_EXPLANATION = benchExplanation();

    private static final List<EventType> TYPES = List.of(EventType.TRANSACTION, EventType.ACCOUNT_OPENING,
            EventType.TRANSACTION, EventType.CONTACT_CHANGE, EventType.PAYEE_ADDED, EventType.LOGIN,
            EventType.PASSWORD_RESET);

    private final Path repo;
    private final RedisAdmin redis;
    private final PostgresTarget postgres;
    private final BenchNamespace names;
    private final Secrets secrets;
    private final Path logDir;
    private final ObjectMapper json = ContractJson.newMapper();

    /**
     * @param repo     repository root, where the build left the case service's jar
     * @param postgres where throwaway databases may be created (user with CREATEDB)
     */
    public CaseIntakeProbe(Path repo, RedisAdmin redis, PostgresTarget postgres, BenchNamespace names, Secrets secrets,
                           Path logDir) {
        this.repo = repo;
        this.redis = redis;
        this.postgres = postgres;
        this.names = names;
        this.secrets = secrets;
        this.logDir = logDir;
    }

    /** Where the probe may create and drop a database. */
    public record PostgresTarget(String adminJdbcUrl, String user, String password) {

        /** The same server, another database. */
        String urlOf(String database) {
            int slash = adminJdbcUrl.lastIndexOf('/');
            int query = adminJdbcUrl.indexOf('?', slash);
            return adminJdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminJdbcUrl.substring(query));
        }
    }

    public CaseIntakeResult measure(int alerts, Duration readyTimeout) throws Exception {
        Path jar = Service.CASES.jar(repo);
        if (!Files.isRegularFile(jar)) {
            return CaseIntakeResult.notMeasured(Status.NOT_MEASURED, jar + " not built");
        }
        DatabaseLogin runtime;
        try (Connection admin = connect(postgres.adminJdbcUrl())) {
            exec(admin, "create database " + names.caseDatabase());
            runtime = CaseDatabaseRoles.ensureRuntimeRole(admin);
        } catch (SQLException e) {
            return CaseIntakeResult.notMeasured(Status.NOT_MEASURED, "PostgreSQL not usable at "
                    + postgres.adminJdbcUrl() + " as " + postgres.user() + ": " + e.getMessage());
        }
        try {
            return measureIn(alerts, readyTimeout, runtime);
        } finally {
            try (Connection admin = connect(postgres.adminJdbcUrl())) {
                exec(admin, "drop database if exists " + names.caseDatabase() + " with (force)");
            }
            redis.unlink(List.of(names.caseAlertsStream(), names.caseDeadLetterStream(), names.caseLabelsStream()));
        }
    }

    private CaseIntakeResult measureIn(int alerts, Duration readyTimeout, DatabaseLogin runtime) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(repo, environment(runtime), List.of(), logDir)) {
            service.awaitReady(readyTimeout);
            try (Connection db = connect(postgres.urlOf(names.caseDatabase()))) {
                // Untimed first, as the scoring service's load runs are: a JVM compiling its hot code on these
                // cores is a start-up cost, not the intake's rate.
                int warmUp = Math.max(1, alerts / WARM_UP_SHARE);
                redis.addToStream(names.caseAlertsStream(), alertEntries("warm", warmUp));
                awaitStored(db, warmUp);
                long eventsBefore = count(db, "select count(*) from case_event");
                long casesBefore = count(db, "select count(*) from fraud_case");
                long deadBefore = redis.streamLength(names.caseDeadLetterStream());

                List<Map<String, String>> entries = alertEntries("alert", alerts);
                long started = System.nanoTime();
                redis.addToStream(names.caseAlertsStream(), entries);
                long stored = awaitStored(db, eventsBefore + alerts) - eventsBefore;
                double seconds = (System.nanoTime() - started) / 1e9;
                long cases = count(db, "select count(*) from fraud_case") - casesBefore;
                long dead = redis.streamLength(names.caseDeadLetterStream()) - deadBefore;
                long lost = alerts - stored - dead;
                String note = String.format(Locale.ROOT, "%,d alerts added at once to a stream of their own, after "
                        + "%,d untimed ones (warm-up); a third with a sealed contact (outbox notices, mock mailer); timed "
                        + "until all were case events", alerts, warmUp);
                return new CaseIntakeResult(Status.MEASURED, note, alerts, stored, cases, lost, dead,
                        Math.round(seconds * 1000) / 1000.0, Math.round(stored / seconds * 10) / 10.0);
            }
        }
    }

    /**
     * Waits until {@code case_event} holds {@code expected} rows, or 30 s pass without a new one; returns the last
     * count.
     */
    private static long awaitStored(Connection db, long expected) throws SQLException, InterruptedException {
        long stored = 0;
        long previous = -1;
        long lastProgress = System.nanoTime();
        while (stored < expected && System.nanoTime() - lastProgress < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(50);
            stored = count(db, "select count(*) from case_event");
            if (stored != previous) {
                previous = stored;
                lastProgress = System.nanoTime();
            }
        }
        return stored;
    }

    /** Its own database, streams and consumer name; a mock mailer; a token key no token is ever signed with. */
    private CaseServiceEnvironment environment(DatabaseLogin runtime) throws NoSuchAlgorithmException {
        CaseServiceEnvironment env = new CaseServiceEnvironment()
                .listen("127.0.0.1", ChildProcess.freePort())
                .managementPort(ChildProcess.freePort())
                .database(postgres.urlOf(names.caseDatabase()), postgres.password().isEmpty()
                        ? DatabaseLogin.trusted(postgres.user()) : new DatabaseLogin(postgres.user(), postgres.password()),
                        runtime)
                .redis(redis.url())
                .mockMailer()
                .streams(names.caseAlertsStream(), names.caseLabelsStream())
                .deadLetterStream(names.caseDeadLetterStream())
                .alertsConsumer("bench-" + names.id())
                .contactEncryptionKey(secrets.contactEncryptionKey())
                .linkSigningKey(secrets.linkSigningKey())
                .tokenVerification(throwawayPublicKey(), "https://bench.invalid/issuer")
                .analystTenants(TENANTS);
        return env.publicBaseUrl(env.baseUrl());
    }

    private static PublicKey throwawayPublicKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPublic();
    }

    /**
     * Stream entries in the {@link AlertEntry} layout ({@code v}, {@code alert}); {@code label} keeps the event ids,
     * references and identities of one batch apart from another's.
     */
    private List<Map<String, String>> alertEntries(String label, int alerts) throws JsonProcessingException {
        ContactCipher cipher = new ContactCipher(secrets.contactEncryptionKey());
        // About one alert in five is about an identity that already has an open case, at the same bank (the
        // number of identities is a multiple of the tenants, so alert i and i + identities share a tenant).
        int identities = Math.max(TENANTS.size(), alerts * 4 / 5 / TENANTS.size() * TENANTS.size());
        Instant now = Instant.now();
        List<Map<String, String>> entries = new ArrayList<>(alerts);
        for (int i = 0; i < alerts; i++) {
            String tenant = TENANTS.get(i % TENANTS.size());
            String eventId = names.eventIdPrefix() + "-" + label + "-" + i;
            int identity = i % identities;
            String sealed = i % 3 == 0 ? cipher.encrypt(json.writeValueAsString(new ContactDetails("Bench",
                    "person-" + label + identity + "@bench.example", null)), tenant + "/" + eventId) : null;
            DecisionType decision = i % 5 == 0 ? DecisionType.DECLINE : DecisionType.REVIEW;
            // As the scoring service names an event: its keyed reference, the bank's id only sealed.
            String eventRef = "bench." + names.id() + "-" + label + "-" + i;
            AlertEntry entry = new AlertEntry(tenant, null, TYPES.get(i % TYPES.size()), now.minusSeconds(alerts - i),
                    Map.of("customer", "bench-c-" + names.id() + "-" + label + "-" + identity, "device",
                            "bench-d-" + label + "-" + identity),
                    0.6 + (i % 40) / 100.0, decision, List.of(new Reason("BENCH_ALERT", 1, "benchmark alert")),
                    "bench", sealed, BENCH_EXPLANATION, eventRef,
                    cipher.encrypt(eventId, AlertEntry.sealedEventIdBinding(tenant, eventRef)));
            entries.add(Map.of(StreamNames.FIELD_VERSION, AlertEntry.SCHEMA_VERSION,
                    StreamNames.FIELD_ALERT, json.writeValueAsString(entry)));
        }
        return entries;
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, postgres.user(), postgres.password());
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Explanation benchExplanation() {
        Map<String, Double> features = new LinkedHashMap<>();
        List<Explanation.Contribution> contributions = new ArrayList<>();
        for (int f = 0; f < 92; f++) {
            features.put("bench_feature_" + f, (double) f);
            if (f < 10) {
                contributions.add(new Explanation.Contribution("bench_feature_" + f, f, 1.0 / (f + 1)));
            }
        }
        return new Explanation("bench", 0.9, contributions, features);
    }
}
