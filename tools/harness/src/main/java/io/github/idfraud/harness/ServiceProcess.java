package io.github.idfraud.harness;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One of our services started from its packaged jar with the environment given (prod profile), its output in
 * {@code <logDir>/<module>.log}. Starting does not wait: start both services, then {@link #awaitReady} each.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Paths on the management port (Quarkus' own, which the services keep). */
    public static final String READINESS = "/q/health/ready";
    public static final String METRICS = "/q/metrics";

    private final Service service;
    private final String baseUrl;
    private final String managementUrl;
    private final ChildProcess child;

    private ServiceProcess(Service service, String baseUrl, String managementUrl, ChildProcess child) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.managementUrl = managementUrl;
        this.child = child;
    }

    /**
     * @param repo       repository root, where the build left the jar
     * @param jvmOptions extra options of the service's JVM (e.g. a flight recording), usually none
     */
    public static ServiceProcess start(Path repo, ServiceEnvironment<?> environment, List<String> jvmOptions,
                                       Path logDir) {
        Service service = environment.service();
        Path jar = service.jar(repo);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(service.module() + " is not built: " + jar
                    + " is missing (build it with ./mvnw -B -q package -DskipTests)");
        }
        ChildProcess child = ChildProcess.start(service.module(), ChildProcess.javaJar(jvmOptions, jar, List.of()),
                environment.variables(), logDir.resolve(service.module() + ".log"));
        return new ServiceProcess(service, environment.baseUrl(), environment.managementUrl(), child);
    }

    /** Waits until the readiness check answers 200 on the management port, or fails with the log's last lines. */
    public void awaitReady(Duration timeout) {
        child.awaitHttpOk(URI.create(managementUrl + READINESS), timeout);
    }

    public Service service() {
        return service;
    }

    /** {@code http://host:port}, as this machine reaches the service. */
    public String baseUrl() {
        return baseUrl;
    }

    public URI uri() {
        return URI.create(baseUrl);
    }

    /** {@code http://host:port} of the management port (health and metrics), as this machine reaches it. */
    public String managementUrl() {
        return managementUrl;
    }

    /** The Prometheus scrape of the service. */
    public URI metricsUri() {
        return URI.create(managementUrl + METRICS);
    }

    public Path log() {
        return child.log();
    }

    public String commandLine() {
        return child.commandLine();
    }

    /** CPU time the service's JVM has used so far. */
    public Duration cpuTime() {
        return child.cpuTime();
    }

    /** SIGKILL, no grace (the fault-injection run's crash); {@link #close} afterwards is harmless. */
    public void kill() {
        child.kill();
    }

    /** SIGTERM, then SIGKILL when the service has not stopped within the grace period. */
    @Override
    public void close() {
        child.close();
    }

    @Override
    public String toString() {
        return service.module() + " at " + baseUrl;
    }
}
