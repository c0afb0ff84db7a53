package io.github.idfraud.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTests {

    @Test
    void aChildSeesNoneOfTheCallersServiceConfigurationOnlyWhatItIsGiven(@TempDir Path dir) throws Exception {
        // The build gives this JVM FRAUD_API_KEYS, QUARKUS_HTTP_PORT, MP_JWT_VERIFY_ISSUER and HARNESS_KEPT.
        Path log = dir.resolve("logs/env.log");
        try (ChildProcess child = ChildProcess.start("env", List.of("env"), Map.of("FRAUD_API_KEYS", "given:key"), log)) {
            assertThat(child.awaitExit(Duration.ofSeconds(10))).isZero();
        }
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).contains("FRAUD_API_KEYS=given:key", "HARNESS_KEPT=kept");
        assertThat(lines).noneMatch(l -> l.startsWith("QUARKUS_") || l.startsWith("MP_JWT_") || l.contains("leaked"));
    }

    @Test
    void closeStopsARunningChildWithSigterm(@TempDir Path dir) {
        ChildProcess child = ChildProcess.start("sleeper", List.of("sleep", "60"), Map.of(), dir.resolve("sleep.log"));
        long started = System.nanoTime();
        child.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ChildProcess.GRACE);
        assertThat(child.awaitExit(Duration.ofSeconds(1))).as("exit code after SIGTERM").isEqualTo(128 + 15);
    }

    @Test
    void whatAWrapperScriptStartedIsKilledWithItWhenTheScriptIgnoresSigterm(@TempDir Path dir) throws Exception {
        // Like kc.sh: a shell that runs the real program in the background and waits for it.
        Path pidFile = dir.resolve("sleeper.pid");
        ChildProcess wrapper = ChildProcess.start("wrapper", List.of("sh", "-c",
                "trap '' TERM; sleep 300 & echo $! > " + pidFile + "; wait"), Map.of(), dir.resolve("wrapper.log"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((!Files.exists(pidFile) || Files.size(pidFile) == 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        ProcessHandle sleeper = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).orElseThrow();

        wrapper.close(); // SIGTERM is ignored, so after the grace period: SIGKILL for the script and its child

        assertThat(sleeper.onExit().get(10, TimeUnit.SECONDS).isAlive()).as("the script's child").isFalse();
    }

    @Test
    void waitingForReadinessFailsEarlyWithTheLogWhenTheChildExits(@TempDir Path dir) {
        try (ChildProcess child = ChildProcess.start("failing", List.of("sh", "-c", "echo cannot bind; exit 3"), Map.of(),
                dir.resolve("failing.log"))) {
            assertThatThrownBy(() -> child.awaitHttpOk(java.net.URI.create("http://127.0.0.1:" + ChildProcess.freePort()
                    + "/q/health/ready"), Duration.ofSeconds(30)))
                    .hasMessageContaining("failing exited with code 3").hasMessageContaining("cannot bind");
        }
    }
}
