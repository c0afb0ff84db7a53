package io.github.idfraud.loadgen.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's PostgreSQL, restarted with the command given (by default Debian's {@code pg_ctlcluster ... restart},
 * which stops the server in "fast" mode: every connection is cut, open transactions roll back).
 */
final class PostgresCluster {

    private final List<String> restartCommand;

    PostgresCluster(List<String> restartCommand) {
        this.restartCommand = List.copyOf(restartCommand);
    }

    /** {@code pg_ctlcluster --skip-systemctl-redirect <newest version> main restart}. */
    static List<String> debianRestartCommand() {
        String[] versions = new java.io.File("/etc/postgresql").list();
        if (versions == null || versions.length == 0) {
            throw new IllegalStateException("no cluster under /etc/postgresql: pass --postgres-restart-command");
        }
        String newest = java.util.Arrays.stream(versions).max(java.util.Comparator.comparingDouble(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return -1;
            }
        })).orElseThrow();
        return List.of("pg_ctlcluster", "--skip-systemctl-redirect", newest, "main", "restart");
    }

    void restart() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(restartCommand).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("PostgreSQL restart still running after 120 s: " + restartCommand);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0) {
            throw new IllegalStateException("PostgreSQL restart failed (" + process.exitValue() + "): "
                    + String.join(" ", restartCommand) + (output.isEmpty() ? "" : ": " + output));
        }
    }

    String describe() {
        return String.join(" ", restartCommand);
    }
}
