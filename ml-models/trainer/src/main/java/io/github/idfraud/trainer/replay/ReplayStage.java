package io.github.idfraud.trainer.replay;

import io.github.idfraud.trainer.redis.RedisSession;
import io.github.idfraud.contract.Hmac;
import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.Pseudonymiser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one replay against Redis under a fresh key prefix ({@code tr-xxxxxxxx:}) and deletes that prefix's keys
 * afterwards, also when the replay fails or the process is stopped.
 *
 * <p>The pseudonymisation secret is derived from the log's SHA-256: the same log gives the same pseudonyms, hence
 * the same features and metrics on every run. It is no weaker than a random secret for this
 * purpose: whoever can compute it already holds the log, which carries the raw identifiers.
 */
public final class ReplayStage {

    static final int MAX_IN_FLIGHT = 2048;
    private static final long SHUTDOWN_CLEANUP_MINUTES = 10;

    private final PrintStream out;
    private final String redisUrl;

    public ReplayStage(PrintStream out, String redisUrl) {
        this.out = out;
        this.redisUrl = redisUrl;
    }

    public ReplayResult run(Path log, Targets targets, EventSelection selection, LocalDate lastDay) throws IOException {
        return run(log, targets, selection, lastDay, false);
    }

    /** @param keepEventFields keep each kept event's fields for rules (backtests), see {@link LogReplayer#keepingEventFields} */
    public ReplayResult run(Path log, Targets targets, EventSelection selection, LocalDate lastDay, boolean keepEventFields)
            throws IOException {
        String prefix = "tr-" + HexFormat.of().formatHex(randomBytes(4)) + ":";
        out.println("  feature engine on " + redisUrl + ", key prefix " + prefix);
        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch cleaned = new CountDownLatch(1);
        Thread cleanup = cleanupHook(stopping, cleaned);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (RedisSession redis = RedisSession.open(redisUrl)) {
            // The namespace is new and only this run writes it: identifiers the cache has not seen are new.
            FeatureEngine engine = new FeatureEngine(redis.identifierStore(), new Pseudonymiser(secretFor(targets)),
                    EngineSettings.defaults(prefix).forPrivateReplay(stateCacheBytes()));
            try {
                // Loaded up front: a NOSCRIPT retry mid-replay would resend a batch out of order.
                var prepared = engine.prepare();
                redis.flush();
                RedisSession.await(prepared, 10);
                ReplayProgress progress = new ReplayProgress(out, targets.eventsThrough(lastDay));
                double redisCpuBefore = redis.redisCpuSeconds();
                ReplayResult result = new LogReplayer(engine, MAX_IN_FLIGHT, progress, stopping::get, redis::flush)
                        .keepingEventFields(keepEventFields).replay(log, targets, selection, lastDay);
                printCpuPerEvent(result, redis.redisCpuSeconds() - redisCpuBefore);
                out.printf("  kept %,d training, %,d validation and %,d test events; skipped %,d malformed events, %,d "
                                + "repeated event ids, %,d labels without their event, %,d lines out of time order%n",
                        result.train().size(), result.valid().size(), result.test().size(), result.skippedEvents(),
                        result.repeatedEvents(), result.orphanLabels(), result.outOfOrder());
                return result;
            } finally {
                out.printf("  deleted %,d Redis keys under %s%n", redis.deleteKeys(prefix), prefix);
            }
        } finally {
            cleaned.countDown();
            removeHook(cleanup);
        }
    }

    /**
     * The replay's cost in CPU: with the trainer and Redis on one machine, its cores divided by the two together bound
     * the replay's speed, whatever the window.
     */
    private void printCpuPerEvent(ReplayResult result, double redisCpuSeconds) {
        if (result.events() == 0) {
            return;
        }
        double redisMicros = redisCpuSeconds * 1e6 / result.events();
        out.printf(Locale.ROOT, "  CPU per event: trainer %.1f us, Redis %.1f us (%.0f%% of one core during the replay)%n",
                result.trainerCpuMicrosPerEvent(), redisMicros, redisCpuSeconds / Math.max(result.seconds(), 1e-9) * 100);
    }

    /**
     * A quarter of the heap for identifier values, taken only as the cache's ring reaches it: values are rewritten in
     * place, and the ring grows with new identifiers and values that outgrew their room. A private replay holds updates
     * there ahead of Redis (ADR 0016), so the larger it is, the fewer identifiers are written back and read again
     * mid-replay.
     */
    private static long stateCacheBytes() {
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /**
     * Ctrl-C or SIGTERM during a replay: the replay stops sending, and the JVM waits (a while) until the run's keys
     * are deleted on the replay's own connection; a long replay leaves millions of them. (A new connection cannot be
     * opened once the JVM shuts down: Vert.x registers shutdown hooks of its own.)
     */
    private static Thread cleanupHook(AtomicBoolean stopping, CountDownLatch cleaned) {
        return new Thread(() -> {
            stopping.set(true);
            try {
                cleaned.await(SHUTDOWN_CLEANUP_MINUTES, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "delete-replay-keys");
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down: the keys are deleted, the hook just lets it finish.
        }
    }

    static String secretFor(Targets targets) {
        byte[] secret = new Hmac(HexFormat.of().parseHex(targets.logSha256()))
                .sign("trainer replay pseudonyms v1".getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(secret);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
