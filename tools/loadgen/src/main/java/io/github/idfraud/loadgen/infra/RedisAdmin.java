package io.github.idfraud.loadgen.infra;

import io.github.idfraud.features.redis.RedisKeyspace;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One Redis connection for the suite's own work: health checks, INFO, feeding the feature engine, measuring and
 * deleting the benchmark's keys. One connection keeps the order of successive pipelined batches.
 */
public final class RedisAdmin implements AutoCloseable {


    private final String url;
    private final Vertx vertx;
    private final Redis client;
    private final RedisConnection connection;

    private RedisAdmin(String url, Vertx vertx, Redis client, RedisConnection connection) {
        this.url = url;
        this.vertx = vertx;
        this.client = client;
        this.connection = connection;
    }

    public static RedisAdmin open(String url) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        Redis client = Redis.createClient(vertx, new RedisOptions().setConnectionString(url)
                .setMaxWaitingHandlers(1 << 16));
        try {
            return new RedisAdmin(url, vertx, client, await(client.connect(), 10));
        } catch (RuntimeException e) {
            client.close();
            vertx.close();
            throw new IllegalStateException("Redis does not answer at " + url
                    + " (start redis-server, or pass --redis redis://host:port): " + e.getMessage(), e);
        }
    }

    public String url() {
        return url;
    }

    public Future<List<Response>> batch(List<Request> requests) {
        return connection.batch(requests);
    }

    public Response send(Request request) {
        return await(connection.send(request), 60);
    }

    /** One section of INFO as field -> value, e.g. {@code info("memory").get("used_memory")}. */
    public Map<String, String> info(String section) {
        Map<String, String> fields = new TreeMap<>();
        for (String line : send(Request.cmd(Command.INFO).arg(section)).toString().split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return fields;
    }

    /** Hands every key matching {@code prefix*} to {@code page}, a SCAN page at a time (never KEYS). */
    public void scan(String prefix, Consumer<List<String>> page) {
        RedisKeyspace.scan(connection, prefix, page);
    }

    /** Removes every key under {@code prefix} (SCAN + UNLINK); returns how many. */
    public long deleteKeys(String prefix) {
        return RedisKeyspace.deleteUnder(connection, prefix);
    }

    /** UNLINKs the given keys; returns how many existed. */
    public long unlink(List<String> keys) {
        return RedisKeyspace.unlink(connection, keys);
    }

    /** Blocks the calling (non event-loop) thread until {@code future} completes. */
    public static <T> T await(Future<T> future, long timeoutSeconds) {
        return RedisKeyspace.await(future, timeoutSeconds);
    }

    /** Blocks the calling (non event-loop) thread until {@code stage} completes, e.g. the feature engine's. */
    public static <T> T await(CompletionStage<T> stage, long timeoutSeconds) {
        return RedisKeyspace.await(stage, timeoutSeconds);
    }

    @Override
    public void close() {
        try {
            await(connection.close(), 5);
        } catch (RuntimeException ignored) {
            // Closing is best effort.
        }
        client.close();
        try {
            await(vertx.close(), 10);
        } catch (RuntimeException ignored) {
            // Best effort on shutdown.
        }
    }
}
