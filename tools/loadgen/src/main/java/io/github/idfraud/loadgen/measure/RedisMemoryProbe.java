package io.github.idfraud.loadgen.measure;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.loadgen.redis.RedisAdmin;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs the feature engine itself (not the service) over {@link SyntheticIdentities} under a key prefix of its own,
 * sums {@code MEMORY USAGE ... SAMPLES 0} (exact, every element) over the keys it wrote, and deletes them.
 * One person in {@value #LABELLED_EVERY} also gets a FRAUD label, so label sets are part of the figure.
 */
public final class RedisMemoryProbe {

    static final int LABELLED_EVERY = 50;
    private static final int IN_FLIGHT = 256;

    private final RedisAdmin redis;
    private final String prefix;

    public RedisMemoryProbe(RedisAdmin redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    public MemoryResult measure(int people) {
        long started = System.nanoTime();
        long usedBefore = usedMemory();
        Pseudonymiser pseudonymiser = new Pseudonymiser(randomSecret());
        FeatureEngine engine = redis.featureEngine(pseudonymiser, EngineSettings.defaults(prefix));
        SyntheticIdentities synthetic = new SyntheticIdentities(people);
        Semaphore window = new Semaphore(IN_FLIGHT);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long events = 0;
        long labels = 0;
        try {
            for (int phase = 0; phase < SyntheticIdentities.PHASES; phase++) {
                for (int person = 0; person < people; person++) {
                    Event event = synthetic.event(phase, person);
                    String tenant = SyntheticIdentities.tenantOf(person);
                    submit(window, failure, () -> engine.process(tenant, event));
                    events++;
                }
            }
            for (int person = 0; person < people; person += LABELLED_EVERY) {
                Event transfer = synthetic.event(3, person);
                String tenant = SyntheticIdentities.tenantOf(person);
                Label label = new Label(transfer.eventId(), LabelValue.FRAUD,
                        transfer.occurredAt().plus(Duration.ofDays(2)), LabelSource.CONSUMER);
                submit(window, failure, () -> engine.applyLabel(tenant, engine.identify(tenant, transfer), label));
                labels++;
            }
            acquire(window, IN_FLIGHT);
            if (failure.get() != null) {
                throw new IllegalStateException("feature engine failed: " + failure.get().getMessage(), failure.get());
            }
            long usedAfter = usedMemory();
            Usage usage = usage();
            double seconds = (System.nanoTime() - started) / 1e9;
            return new MemoryResult(Status.MEASURED, "exact MEMORY USAGE (SAMPLES 0) summed over every key of "
                    + people + " synthetic people; " + SyntheticIdentities.PHASES + " events each over 22 days, 1 in "
                    + LABELLED_EVERY + " with a FRAUD label; merchants shared (" + SyntheticIdentities.MERCHANTS + ")",
                    people, events, labels, usage.keys, usage.bytes, round1((double) usage.bytes / people),
                    round1((double) usage.keys / people), round1((double) (usedAfter - usedBefore) / people),
                    perPerson(usage.byKind, people), perPerson(usage.byStructure, people), round1(seconds));
        } finally {
            redis.deleteKeys(prefix);
        }
    }

    private static void submit(Semaphore window, AtomicReference<Throwable> failure, Supplier<CompletionStage<?>> call) {
        if (failure.get() != null) {
            throw new IllegalStateException("feature engine failed: " + failure.get().getMessage(), failure.get());
        }
        acquire(window, 1);
        call.get().whenComplete((done, cause) -> {
            if (cause != null) {
                failure.compareAndSet(null, cause);
            }
            window.release();
        });
    }

    private Usage usage() {
        Usage usage = new Usage();
        redis.memoryUsage(prefix, usage::add);
        return usage;
    }

    private long usedMemory() {
        return Long.parseLong(redis.info("memory").getOrDefault("used_memory", "0"));
    }

    private Map<String, Double> perPerson(Map<String, Long> bytes, int people) {
        Map<String, Double> result = new TreeMap<>();
        bytes.forEach((k, v) -> result.put(k, round1((double) v / people)));
        return result;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void acquire(Semaphore window, int permits) {
        try {
            window.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Keys look like {@code <prefix>{<kind code>:<pseudonym>}:s:<keyId>} (ADR 0004, StateKeys; the other suffixes are ADR 0001's layout). */
    private final class Usage {
        long keys;
        long bytes;
        final Map<String, Long> byKind = new TreeMap<>();
        final Map<String, Long> byStructure = new TreeMap<>();

        void add(String key, long size) {
            keys++;
            bytes += size;
            byKind.merge(kindOf(key), size, Long::sum);
            String rest = key.substring(key.indexOf('}') + 1);
            String structure = rest.startsWith(":s") ? "identifier value" : rest.isEmpty() ? "window hash"
                    : rest.startsWith(":h:") ? "distinct-count HyperLogLogs" : rest.equals(":l") ? "label set" : "other";
            byStructure.merge(structure, size, Long::sum);
        }

        private String kindOf(String key) {
            int brace = key.indexOf('{', prefix.length() - 1);
            if (brace >= 0 && brace + 2 < key.length() && key.charAt(brace + 2) == ':') {
                String code = String.valueOf(key.charAt(brace + 1));
                for (IdentifierKind kind : IdentifierKind.values()) {
                    if (kind.code().equals(code)) {
                        return kind.jsonName();
                    }
                }
            }
            return "other";
        }
    }
}
