package io.github.idfraud.harness;

import io.github.idfraud.contract.EnvironmentVariables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program a tool starts itself (a service, the trainer): its output goes to a log file, and it is stopped on
 * {@link #close()} or, should the tool be interrupted, by a shutdown hook. The child's environment is the caller's
 * minus every variable of the services' configuration ({@link EnvironmentVariables#SERVICE_PREFIXES}), plus the ones
 * given, so nothing of a real deployment's configuration leaks into a demo or a benchmark.
 */
public final class ChildProcess implements AutoCloseable {

    /** How long a child may take to stop after SIGTERM before it is killed. */
    static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final List<String> command;
    private final Process process;
    private final Path log;
    private final Thread stopOnExit;

    private ChildProcess(String name, List<String> command, Process process, Path log) {
        this.name = name;
        this.command = command;
        this.process = process;
        this.log = log;
        this.stopOnExit = new Thread(this::stop, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts {@code command} with the scrubbed environment plus {@code environment}, output to {@code log}. */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(
                    key -> EnvironmentVariables.SERVICE_PREFIXES.stream().anyMatch(key::startsWith));
            builder.environment().putAll(environment);
            return new ChildProcess(name, List.copyOf(command), builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    /** {@code java <jvmOptions> -jar <jar> <arguments>}, on the JVM running this tool. */
    public static List<String> javaJar(List<String> jvmOptions, Path jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        return command;
    }

    /** The java executable running this tool, so children run on the same JVM version. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A TCP port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }

    /** Polls {@code url} until it answers 200; fails early, with the log's tail, when the child exits. */
    public void awaitHttpOk(URI url, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + log + ":\n" + tail(30));
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(name + " not ready at " + url + " after " + timeout.toSeconds() + " s (" + last
                + "); last lines of " + log + ":\n" + tail(30));
    }

    /** Waits for the child to exit on its own; returns its exit code, or fails after {@code timeout}. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still running after " + timeout.toSeconds() + " s; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** CPU time the process has used so far (user and system), as the operating system counts it. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the operating system gives no CPU time for " + name));
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public String commandLine() {
        return String.join(" ", command);
    }

    /** The last {@code lines} lines of the child's log. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * SIGTERM (Quarkus shuts down gracefully), up to {@link #GRACE} for the child to stop, then SIGKILL for it and for
     * whatever it had started.
     */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException ignored) {
            // Already shutting down: the hook runs and finds the process gone.
        }
    }

    /**
     * SIGKILL now, with no grace: a crash as the operating system would deal it (out of memory, a node lost), for the
     * fault-injection run. Whatever the child had started is killed too.
     */
    public synchronized void kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        killForcibly(descendants);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    private synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        // Listed before the kill: a wrapper script (Keycloak's kc.sh) forwards SIGTERM to its java child, but its
        // children outlive a SIGKILL of the script and are no longer its descendants once it is gone.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                killForcibly(descendants);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            killForcibly(descendants);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void killForcibly(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroyForcibly);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
