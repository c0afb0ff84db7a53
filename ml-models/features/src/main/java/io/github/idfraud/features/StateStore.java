package io.github.idfraud.features;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Applies an event's identifier plans with optimistic concurrency. Each identifier is one Redis value: the plan runs
 * on the decoded state in the JVM, and {@code commit-state.lua} writes the new value only if Redis still holds the
 * version that was read. A lost race gets the winning value back and applies its plan again to it, so every
 * update lands exactly once however many scorers share Redis.
 *
 * <p>Give it an ordered connection (one connection, or anything that keeps the order of calls): commits are then
 * sent in the order they were chained on each other. With a pool, a commit can overtake the one it builds on and is
 * refused, which stays correct but costs retries.
 *
 * <p>Nothing is read first: values this process wrote or was refused with stay in a bounded cache, including writes
 * still on their way, and an identifier missing from it is taken as new. A stale or missing cache entry only costs
 * a refused compare-and-set and a retry, never a wrong count; a replay that keeps many events in flight sees each
 * event's effect in the next.
 */
final class StateStore {

    static final String SCRIPT = loadScript();
    static final String SHA = sha1(SCRIPT);
    static final int MAX_ATTEMPTS = 1000;
    private static final byte[] ABSENT = new byte[0];

    private final Function<List<Request>, Future<List<Response>>> batch;
    private final EngineSettings settings;
    private final Cache<String, byte[]> cache;
    private final LongAdder retries = new LongAdder();

    StateStore(Function<List<Request>, Future<List<Response>>> batch, EngineSettings settings) {
        this.batch = batch;
        this.settings = settings;
        this.cache = settings.stateCacheBytes() <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(settings.stateCacheBytes())
                .weigher((String key, byte[] value) -> value.length + 2 * key.length() + 64)
                .executor(Runnable::run)
                .build();
    }

    /** How many identifier updates had to be applied again because another writer got there first. */
    long retries() {
        return retries.sum();
    }

    Future<Void> apply(List<IdentifierPlan> plans, long eventTime, FeatureVector vector, Readings readings) {
        if (plans.isEmpty()) {
            return Future.succeededFuture();
        }
        byte[][] values = new byte[plans.size()][];
        List<Integer> all = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            all.add(i);
            // Not cached: the identifier is taken as new. If it is not, the commit is refused and returns the value,
            // so a known identifier costs the two round trips a read would, and a new one only one. A cached value
            // may still be on its way to Redis: building on it chains this event after the previous one.
            values[i] = cache == null ? null : cache.getIfPresent(plans.get(i).key());
        }
        return commit(new Attempt(plans, values, eventTime, vector, readings), all, 1);
    }

    Future<Void> loadIntoRedis() {
        return batch.apply(List.of(Request.cmd(Command.SCRIPT).arg("LOAD").arg(SCRIPT))).mapEmpty();
    }

    private Future<Void> commit(Attempt attempt, List<Integer> which, int round) {
        // Building on the cached value and handing the commit to the connection happen under one lock: on an
        // ordered connection, commits then reach Redis in the order they were chained, and none overtakes the
        // commit it builds on.
        synchronized (this) {
            return commitInOrder(attempt, which, round);
        }
    }

    private Future<Void> commitInOrder(Attempt attempt, List<Integer> which, int round) {
        List<Integer> written = new ArrayList<>(which.size());
        List<byte[]> newValues = new ArrayList<>(which.size());
        List<Object[]> casArgs = new ArrayList<>(which.size());
        for (int i : which) {
            IdentifierPlan plan = attempt.plans.get(i);
            IdentifierState state = StateCodec.decode(attempt.values[i]);
            plan.apply(state, attempt.eventTime, attempt.vector, attempt.readings);
            if (!state.changed()) {
                continue;
            }
            byte[] value = StateCodec.encode(state, nextVersion());
            if (cache != null) {
                cache.put(plan.key(), value);
            }
            long ttl = (state.hasLabels() ? max(settings.windowTtl(), settings.labelTtl()) : settings.windowTtl()).toSeconds();
            casArgs.add(new Object[] {state.version == 0 ? ABSENT : StateCodec.versionBytes(state.version), value, ttl});
            written.add(i);
            newValues.add(value);
        }
        if (written.isEmpty()) {
            return Future.succeededFuture();
        }
        return send(casRequests(attempt, written, casArgs)).compose(replies -> {
            List<Integer> lost = new ArrayList<>();
            for (int j = 0; j < written.size(); j++) {
                Response reply = settings.privateReplay() ? replies.get(0).get(j) : replies.get(j).get(0);
                if (reply == null || reply.type() != ResponseType.NUMBER) {
                    // Refused: the reply is the value that won (or none), and the plan is applied again to it.
                    int i = written.get(j);
                    lost.add(i);
                    attempt.values[i] = reply == null ? null : reply.toBytes();
                    if (cache != null) {
                        cache.asMap().remove(attempt.plans.get(i).key(), newValues.get(j));
                        if (attempt.values[i] != null) {
                            cache.asMap().putIfAbsent(attempt.plans.get(i).key(), attempt.values[i]);
                        }
                    }
                }
            }
            if (lost.isEmpty()) {
                return Future.succeededFuture();
            }
            if (round >= MAX_ATTEMPTS) {
                return Future.failedFuture(new IllegalStateException(
                        "an identifier changed under " + MAX_ATTEMPTS + " attempts in a row; giving up on this event"));
            }
            retries.add(lost.size());
            return commit(attempt, lost, round + 1);
        });
    }

    /** One call per identifier (each names one key: Cluster-safe), or one call for the event in a private replay. */
    private List<Request> casRequests(Attempt attempt, List<Integer> written, List<Object[]> casArgs) {
        List<Request> requests = new ArrayList<>(written.size());
        Request grouped = null;
        if (settings.privateReplay()) {
            grouped = Request.cmd(Command.EVALSHA).arg(SHA).arg(written.size());
            for (int i : written) {
                grouped.arg(attempt.plans.get(i).key());
            }
            requests.add(grouped);
        }
        for (int j = 0; j < written.size(); j++) {
            Request request = grouped;
            if (request == null) {
                request = Request.cmd(Command.EVALSHA).arg(SHA).arg(1).arg(attempt.plans.get(written.get(j)).key());
                requests.add(request);
            }
            Object[] args = casArgs.get(j);
            request.arg((byte[]) args[0]).arg((byte[]) args[1]).arg((long) args[2]);
        }
        return requests;
    }

    /** Sends compare-and-set calls; loads the script again when Redis has forgotten it (restart, failover, SCRIPT FLUSH). */
    private Future<List<Response>> send(List<Request> writes) {
        return batch.apply(writes).recover(failure -> {
            if (failure.getMessage() != null && failure.getMessage().contains("NOSCRIPT")) {
                return loadIntoRedis().compose(loaded -> batch.apply(writes));
            }
            return Future.failedFuture(failure);
        });
    }

    /** Random, never 0 (0 means "no value"): writers on other machines cannot produce the same version by chance. */
    private static long nextVersion() {
        long v;
        do {
            v = ThreadLocalRandom.current().nextLong();
        } while (v == 0);
        return v;
    }

    private static java.time.Duration max(java.time.Duration a, java.time.Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String loadScript() {
        try (InputStream in = StateStore.class.getResourceAsStream("commit-state.lua")) {
            if (in == null) {
                throw new IllegalStateException("commit-state.lua missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One event's plans, the values they start from, and where their readings go. */
    private record Attempt(List<IdentifierPlan> plans, byte[][] values, long eventTime, FeatureVector vector,
                           Readings readings) {
    }
}
