package io.github.idfraud.loadgen.measure;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.features.StateBuckets;
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
 * sums {@code MEMORY USAGE ... SAMPLES 0} (exact, every element) over the keys it wrote, and deletes them. It first
 * sets the Redis listpack bounds of {@link StateBuckets#REDIS_SETTINGS} (a standalone server; a cluster's nodes must
 * have them), as the operations guide asks of every deployment.
 * One person in {@value #LABELLED_EVERY} also gets a FRAUD label, so label sets are part of the figure.
 */
public final class RedisMemoryProbe {

    static final int LABELLED_EVERY = 50;
    /** Identifiers a synthetic person brings, about (the kinds of an account opening, a payee and a merchant). */
    static final int IDENTIFIERS_PER_PERSON = 9;
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
        // the layout as an operator sets it up: the listpack bounds, and buckets sized for the population (ADR 0015)
        redis.configure(StateBuckets.REDIS_SETTINGS);
        StateBuckets buckets = StateBuckets.forIdentifiers((long) people * IDENTIFIERS_PER_PERSON);
        FeatureEngine engine = redis.featureEngine(pseudonymiser, EngineSettings.defaults(prefix), buckets);
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
                    + LABELLED_EVERY + " with a FRAUD label; merchants shared (" + SyntheticIdentities.MERCHANTS + "); "
                    + buckets.count() + " buckets of identifier values",
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

    /**
     * Buckets of identifier values ({@code <prefix>{<n>}:h:<keyId>}, ADR 0015): each bucket's bytes are split over its fields'
     * kinds in proportion to their length (field name and value), and into the fields' own bytes and the bucket's
     * overhead (key, listpack headers, allocator rounding). Any other key counts as "other".
     */
    private final class Usage {
        long keys;
        long bytes;
        final Map<String, Long> byKind = new TreeMap<>();
        final Map<String, Long> byStructure = new TreeMap<>();

        void add(String key, long size) {
            keys++;
            bytes += size;
            if (!StateBuckets.isBucket(key)) {
                byKind.merge("other", size, Long::sum);
                byStructure.merge("other", size, Long::sum);
                return;
            }
            Map<String, Integer> fields = redis.hashEntrySizes(key);
            long own = fields.values().stream().mapToLong(Integer::longValue).sum();
            fields.forEach((field, length) -> byKind.merge(kindOf(field), own == 0 ? 0 : size * length / own, Long::sum));
            byStructure.merge("identifier values (field names and values)", Math.min(own, size), Long::sum);
            byStructure.merge("bucket overhead", Math.max(0, size - own), Long::sum);
        }

        /** A field looks like {@code <kind code>:<pseudonym>} (StateBuckets). */
        private String kindOf(String field) {
            if (field.length() > 1 && field.charAt(1) == ':') {
                String code = String.valueOf(field.charAt(0));
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
