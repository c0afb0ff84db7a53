package io.github.idfraud.trainer.redis;

import io.github.idfraud.features.IdentifierStore;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.features.redis.Pipelining;
import io.github.idfraud.features.redis.RedisIdentifierStore;
import io.github.idfraud.features.redis.RedisKeyspace;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.ToLongFunction;

/**
 * One Redis connection for a training run. A single connection matters: Redis runs successive pipelined batches
 * of one connection in send order, so the replay can keep many events in flight and still keep time order.
 *
 * <p>Batches are coalesced: the requests of many events leave in one pipelined write once {@value #FLUSH_AT} are
 * waiting, when {@link #flush()} is called (the replay calls it before it waits for replies), or at once when the
 * caller is the event loop (a retry); {@link #batch} sends at once. One write per few hundred requests instead of one per event is most of what
 * the replay's CPU went to.
 *
 * <p>On a Redis Cluster (several seed URLs, comma-separated) the connection is the cluster client's, one per primary:
 * each request goes on its own ({@link Pipelining}), and the requests of one key keep their order on their node's
 * connection (the replay's ordering is per key).
 */
public final class RedisSession implements AutoCloseable {

    static final int FLUSH_AT = 512;

    private final Vertx vertx;
    private final Redis client;
    private final RedisOptions options;
    private final RedisConnection connection;
    private final Context eventLoop;
    private final Object sendLock = new Object();
    private List<Request> waiting = new ArrayList<>();
    private List<Slice> waitingCallers = new ArrayList<>();

    private RedisSession(Vertx vertx, Redis client, RedisOptions options, RedisConnection connection) {
        this.vertx = vertx;
        this.client = client;
        this.options = options;
        this.connection = connection;
        this.eventLoop = vertx.getOrCreateContext();
    }

    /** @param url one Redis's URL, or a Redis Cluster's seed URLs, comma-separated */
    public static RedisSession open(String url) {
        Vertx vertx = Vertx.vertx();
        List<String> endpoints = List.of(url.split(","));
        // Each request of an in-flight batch waits for its reply: allow far more than the replay's window.
        RedisOptions options = new RedisOptions().setEndpoints(endpoints).setMaxWaitingHandlers(1 << 16)
                .setType(endpoints.size() > 1 ? RedisClientType.CLUSTER : RedisClientType.STANDALONE);
        Redis client = Redis.createClient(vertx, options);
        try {
            return new RedisSession(vertx, client, options, await(client.connect(), 10));
        } catch (RuntimeException e) {
            client.close();
            vertx.close();
            throw new IllegalStateException("cannot connect to Redis at " + url + " (set --redis redis://host:port, or "
                    + "a cluster's seeds redis://host:port,redis://host:port,...): " + e.getMessage(), e);
        }
    }

    private boolean cluster() {
        return options.getType() == RedisClientType.CLUSTER;
    }

    /** Sends at once, after whatever {@link #coalesce} holds back, keeping the order. */
    public Future<List<Response>> batch(List<Request> requests) {
        Future<List<Response>> reply = coalesce(requests);
        flush();
        return reply;
    }

    /** Holds the requests back until {@value #FLUSH_AT} are waiting or {@link #flush()} is called. */
    public Future<List<Response>> coalesce(List<Request> requests) {
        Promise<List<Response>> promise = Promise.promise();
        boolean flushNow;
        synchronized (sendLock) {
            waiting.addAll(requests);
            waitingCallers.add(new Slice(promise, requests.size()));
            flushNow = waiting.size() >= FLUSH_AT || Context.isOnEventLoopThread();
        }
        if (flushNow) {
            flush();
        }
        return promise.future();
    }

    /** Sends whatever is waiting as one pipelined batch; each caller gets its own replies. */
    public void flush() {
        synchronized (sendLock) {
            if (waiting.isEmpty()) {
                return;
            }
            List<Request> sending = waiting;
            List<Slice> callers = waitingCallers;
            waiting = new ArrayList<>();
            waitingCallers = new ArrayList<>();
            // Handed to the event loop under the lock, so batches reach the connection in the order they were
            // coalesced; calling the connection from the replay thread would create a Vert.x context per call.
            if (Context.isOnEventLoopThread()) {
                send(sending, callers);
            } else {
                eventLoop.runOnContext(v -> send(sending, callers));
            }
        }
    }

    private void send(List<Request> sending, List<Slice> callers) {
        Pipelining.send(connection, sending, cluster()).onComplete(ar -> {
            int from = 0;
            for (Slice caller : callers) {
                if (ar.failed()) {
                    caller.promise.fail(ar.cause());
                } else {
                    caller.promise.complete(ar.result().subList(from, from + caller.size));
                }
                from += caller.size;
            }
        });
    }

    /**
     * Identifier values for the feature engine, committed through {@link #coalesce} on this session's one connection,
     * in the service's default number of buckets (a replay's namespace is thrown away after it).
     */
    public IdentifierStore identifierStore() {
        return new RedisIdentifierStore(this::coalesce, new StateBuckets(StateBuckets.DEFAULT_COUNT), cluster());
    }

    /**
     * Removes every key under {@code prefix} (SCAN + UNLINK: no blocking KEYS, no slow DEL); returns how many. On a
     * cluster SCAN walks one node's keys: each primary is walked on a connection of its own, made with the same options.
     */
    public long deleteKeys(String prefix) {
        return onEachServer(node -> RedisKeyspace.deleteUnder(node, prefix));
    }

    /** CPU the Redis server has used since it started (on a cluster, every primary's together), in seconds. */
    public double redisCpuSeconds() {
        return onEachServer(RedisKeyspace::cpuMicros) / 1e6;
    }

    /**
     * Runs {@code work} on the one server, or on each primary of a cluster on a connection of its own (made with the
     * same options), and sums what it returned.
     */
    private long onEachServer(ToLongFunction<RedisConnection> work) {
        if (!cluster()) {
            return work.applyAsLong(connection);
        }
        Response slots = await(connection.send(Request.cmd(Command.CLUSTER).arg("SLOTS")), 10);
        return RedisKeyspace.sumOverNodes(vertx, options, RedisKeyspace.primaries(slots, URI.create(options.getEndpoint())),
                work);
    }

    /** Blocks the calling (non event-loop) thread until {@code future} completes. */
    public static <T> T await(Future<T> future, long timeoutSeconds) {
        return RedisKeyspace.await(future, timeoutSeconds);
    }

    /** Blocks the calling (non event-loop) thread until {@code stage} completes, e.g. the feature engine's. */
    public static <T> T await(CompletionStage<T> stage, long timeoutSeconds) {
        return RedisKeyspace.await(stage, timeoutSeconds);
    }

    private record Slice(Promise<List<Response>> promise, int size) {
    }

    @Override
    public void close() {
        try {
            await(connection.close(), 5);
        } catch (RuntimeException ignored) {
            // Closing is best effort; the process ends soon after.
        }
        client.close();
        await(vertx.close(), 10);
    }
}
