package io.github.idfraud.loadgen.chaos;

import io.github.idfraud.loadgen.redis.RedisClusterProcess;
import io.github.idfraud.harness.CaseDatabaseRoles;
import io.github.idfraud.harness.CaseServiceEnvironment;
import io.github.idfraud.harness.DatabaseLogin;
import io.github.idfraud.harness.ChildProcess;
import io.github.idfraud.harness.ScoringServiceEnvironment;
import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.suite.Secrets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Everything the run starts and breaks: its own Redis (append-only file; with {@code --cluster}, a Redis Cluster of
 * three primaries and three replicas, each with its append-only file), its own database on the machine's
 * PostgreSQL, the consumers' mail server, and both services from their packaged jars (prod profile), wired as in a
 * deployment. Each part can be stopped, killed and brought back on the same port.
 */
final class ChaosSystem implements AutoCloseable {

    static final List<String> TENANTS = List.of("bank-a", "bank-b", "bank-c");
    private static final Duration READY = Duration.ofSeconds(90);

    private final Path repo;
    private final Path logDir;
    private final ChaosSettings settings;
    private final Secrets secrets = Secrets.generate(TENANTS);
    private final String adminKey = randomKey();
    private final AnalystTokens tokens;
    private final RedisServerProcess redis;
    private final RedisClusterProcess redisCluster;
    private final MailServer mail;
    private final PostgresCluster postgres;
    private final String database;
    private final ScoringServiceEnvironment scoringEnvironment;
    private final CaseServiceEnvironment caseEnvironment;
    private ServiceProcess scoring;
    private ServiceProcess cases;
    private int scoringStarts;
    private int caseStarts;

    private ChaosSystem(Path repo, Path workDir, ChaosSettings settings, String runId) throws Exception {
        this.repo = repo;
        this.logDir = workDir.resolve("logs");
        this.settings = settings;
        this.tokens = new AnalystTokens();
        this.database = "chaos_" + runId;
        this.postgres = new PostgresCluster(settings.postgresRestartCommand());
        DatabaseLogin runtime;
        try (Connection admin = adminConnection()) {
            exec(admin, "create database " + database);
            runtime = CaseDatabaseRoles.ensureRuntimeRole(admin);
        }
        this.redis = settings.cluster() ? null : RedisServerProcess.start(workDir.resolve("redis"), logDir);
        this.redisCluster = settings.cluster()
                ? RedisClusterProcess.start(workDir.resolve("redis-cluster"), logDir, settings.clusterBasePort(), true) : null;
        this.mail = new MailServer(ChildProcess.freePort());
        mail.start();
        this.scoringEnvironment = new ScoringServiceEnvironment()
                .listen("127.0.0.1", ChildProcess.freePort())
                .managementPort(ChildProcess.freePort())
                .apiKeys(secrets.tenantKeys())
                .adminKey(adminKey)
                .pseudonymisationKey(secrets.pseudonymisationKey())
                .contactEncryptionKey(secrets.contactEncryptionKey())
                .vaultKey(secrets.vaultKey());
        CaseServiceEnvironment env = new CaseServiceEnvironment()
                .listen("127.0.0.1", ChildProcess.freePort())
                .managementPort(ChildProcess.freePort())
                .database(jdbcUrl(database), DatabaseLogin.trusted(settings.postgresUser()), runtime)
                .mailer("127.0.0.1", mail.port(), "Fraud protection <no-reply@chaos.example>")
                .mailRetry(Duration.ofSeconds(1), settings.mailInitialBackoff(), settings.mailMaxBackoff())
                .contactEncryptionKey(secrets.contactEncryptionKey())
                .linkSigningKey(randomKey())
                .alertsConsumer("chaos-cases-1")
                .tokenVerification(tokens.publicKey(), AnalystTokens.ISSUER)
                .analystTenants(TENANTS);
        this.caseEnvironment = env.publicBaseUrl(env.baseUrl());
        if (settings.cluster()) {
            scoringEnvironment.redisCluster(redisCluster.urls());
            caseEnvironment.redisCluster(redisCluster.urls());
        } else {
            scoringEnvironment.redis(redis.url());
            caseEnvironment.redis(redis.url());
        }
    }

    static ChaosSystem start(Path repo, Path workDir, ChaosSettings settings, String runId) throws Exception {
        ChaosSystem system = new ChaosSystem(repo, workDir, settings, runId);
        try {
            system.startScoring();
            system.startCases();
            system.awaitScoring();
            system.awaitCases();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    void startScoring() {
        scoring = ServiceProcess.start(repo, scoringEnvironment, List.of(), logDir.resolve("scoring-" + (++scoringStarts)));
    }

    void awaitScoring() {
        scoring.awaitReady(READY);
    }

    void startCases() {
        cases = ServiceProcess.start(repo, caseEnvironment, List.of(), logDir.resolve("cases-" + (++caseStarts)));
    }

    void awaitCases() {
        cases.awaitReady(READY);
    }

    void killScoring() {
        scoring.kill();
    }

    void killCases() {
        cases.kill();
    }

    /** The single Redis; absent on a cluster run. */
    RedisServerProcess redis() {
        if (redis == null) {
            throw new IllegalStateException("this run is on a Redis Cluster: there is no single Redis to stop");
        }
        return redis;
    }

    /** The Redis Cluster; absent unless the run was started with {@code --cluster}. */
    RedisClusterProcess redisCluster() {
        if (redisCluster == null) {
            throw new IllegalStateException("this run is on a single Redis: start it with --cluster for a failover");
        }
        return redisCluster;
    }

    /** Where the run's own checks reach Redis: the single Redis's URL, or the cluster's seed URLs. */
    String redisUrls() {
        return redis != null ? redis.url() : redisCluster.urls();
    }

    MailServer mail() {
        return mail;
    }

    PostgresCluster postgres() {
        return postgres;
    }

    AnalystTokens tokens() {
        return tokens;
    }

    Secrets secrets() {
        return secrets;
    }

    URI scoringUri() {
        return URI.create(scoringEnvironment.baseUrl());
    }

    URI casesUri() {
        return URI.create(caseEnvironment.baseUrl());
    }

    /** Sets a tenant rule through the admin API, as an operator would. */
    void putRule(String tenant, String ruleId, String ruleJson) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        scoringUri().resolve("/admin/rules/" + tenant + "/rules/" + ruleId))
                .header("Authorization", "Bearer " + adminKey).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ruleJson)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("rule " + ruleId + " for " + tenant + " refused: " + response.statusCode()
                    + " " + response.body());
        }
    }

    Connection connectDatabase() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), settings.postgresUser(), settings.postgresPassword());
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), settings.postgresUser(), settings.postgresPassword());
    }

    private String jdbcUrl(String name) {
        return "jdbc:postgresql://" + settings.postgresHostPort() + "/" + name;
    }

    Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        for (AutoCloseable part : new AutoCloseable[] {scoring, cases, mail, redis, redisCluster}) {
            if (part != null) {
                try {
                    part.close();
                } catch (Exception ignored) {
                    // Best effort: the rest still has to stop.
                }
            }
        }
        try (Connection admin = adminConnection()) {
            exec(admin, "drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            System.err.println("chaos: could not drop database " + database + ": " + e.getMessage());
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String randomKey() {
        byte[] bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
