package io.github.idfraud.loadgen.suite;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.loadgen.infra.ChildProcess;
import io.github.idfraud.loadgen.load.HttpTarget;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged scoring service (prod profile) as a child process on a free port, with generated secrets, the
 * baseline endpoint switched on and every Redis name of its own (feature prefix, alert and label streams).
 */
public final class ScoringServiceProcess implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final ChildProcess child;
    private final int port;
    private final List<String> command;

    private ScoringServiceProcess(ChildProcess child, int port, List<String> command) {
        this.child = child;
        this.port = port;
        this.command = command;
    }

    /** @param jvmOptions extra options of the service's JVM, e.g. a flight recording */
    public static ScoringServiceProcess start(Path jar, List<String> jvmOptions, String redisUrl, BenchNamespace names,
                                              Secrets secrets, Path logDir, Duration readyTimeout) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("scoring service not built: " + jar + " is missing (run ./mvnw -B -q install -DskipTests)");
        }
        int port = ChildProcess.freePort();
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        Map<String, String> env = Map.ofEntries(
                Map.entry(EnvironmentVariables.QUARKUS_HTTP_HOST, HOST),
                Map.entry(EnvironmentVariables.QUARKUS_HTTP_PORT, String.valueOf(port)),
                Map.entry(EnvironmentVariables.QUARKUS_REDIS_HOSTS, redisUrl),
                Map.entry(EnvironmentVariables.FRAUD_API_KEYS, secrets.apiKeysVariable()),
                Map.entry(EnvironmentVariables.FRAUD_PSEUDONYMISATION_KEY, secrets.pseudonymisationKey()),
                Map.entry(EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY, secrets.contactEncryptionKey()),
                Map.entry(EnvironmentVariables.FRAUD_BENCH_BASELINE_ENABLED, "true"),
                Map.entry(EnvironmentVariables.FRAUD_FEATURE_KEY_PREFIX, names.featurePrefix()),
                Map.entry(EnvironmentVariables.FRAUD_ALERTS_STREAM, names.alertsStream()),
                Map.entry(EnvironmentVariables.FRAUD_LABELS_STREAM, names.labelsStream()),
                // Idempotency records expire on their own should the suite die before its clean-up.
                Map.entry(EnvironmentVariables.FRAUD_EVENT_RETENTION, "PT2H"));
        ChildProcess child = ChildProcess.start("scoring-service", command, env, logDir.resolve("scoring-service.log"));
        try {
            child.awaitHttpOk(URI.create("http://" + HOST + ":" + port + "/q/health/ready"), readyTimeout);
        } catch (RuntimeException e) {
            child.close();
            throw e;
        }
        return new ScoringServiceProcess(child, port, command);
    }

    public HttpTarget events() {
        return new HttpTarget(HOST, port, "/v1/events");
    }

    public HttpTarget baseline() {
        return new HttpTarget(HOST, port, "/v1/bench/baseline");
    }

    public String commandLine() {
        return String.join(" ", command);
    }

    public Path log() {
        return child.log();
    }

    @Override
    public void close() {
        child.close();
    }
}
