package io.github.idfraud.features.redis;

import io.vertx.core.Future;
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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Blocking helpers for tools that own a key prefix (a training run, a benchmark): walk and delete its keys with
 * SCAN and UNLINK, never KEYS or a slow DEL. Not for the event loop.
 */
public final class RedisKeyspace {

    private static final int SCAN_PAGE = 1000;
    private static final long TIMEOUT_SECONDS = 60;

    private RedisKeyspace() {
    }

    /**
     * The CPU a Redis server has used since it started, {@code used_cpu_user + used_cpu_sys} of an {@code INFO cpu}
     * reply, in seconds (children, i.e. forks for saving, left out).
     */
    public static double cpuSeconds(String infoReply) {
        double seconds = 0;
        for (String line : infoReply.split("\r?\n")) {
            if (line.startsWith("used_cpu_user:") || line.startsWith("used_cpu_sys:")) {
                seconds += Double.parseDouble(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return seconds;
    }

    /** {@link #cpuSeconds(String)} of the server behind {@code connection}, in microseconds. */
    public static long cpuMicros(RedisConnection connection) {
        return Math.round(cpuSeconds(await(connection.send(Request.cmd(Command.INFO).arg("cpu")), TIMEOUT_SECONDS)
                .toString()) * 1e6);
    }

    /** Hands every key matching {@code prefix*} to {@code page}, a SCAN page at a time. */
    public static void scan(RedisConnection connection, String prefix, Consumer<List<String>> page) {
        scanMatching(connection, prefix + "*", page);
    }

    /** Hands every key matching the glob {@code pattern} to {@code page}, a SCAN page at a time. */
    public static void scanMatching(RedisConnection connection, String pattern, Consumer<List<String>> page) {
        String cursor = "0";
        do {
            Response reply = await(connection.send(Request.cmd(Command.SCAN).arg(cursor).arg("MATCH").arg(pattern)
                    .arg("COUNT").arg(SCAN_PAGE)), TIMEOUT_SECONDS);
            cursor = reply.get(0).toString();
            List<String> keys = new ArrayList<>();
            reply.get(1).forEach(k -> keys.add(k.toString()));
            if (!keys.isEmpty()) {
                page.accept(keys);
            }
        } while (!"0".equals(cursor));
    }

    /** Removes every key under {@code prefix}; returns how many. */
    public static long deleteUnder(RedisConnection connection, String prefix) {
        long[] deleted = {0};
        scan(connection, prefix, keys -> deleted[0] += unlink(connection, keys));
        return deleted[0];
    }

    /**
     * UNLINKs the given keys, one UNLINK per key in one pipelined batch (a SCAN page of a Redis Cluster node names keys
     * of many slots, which one call may not); returns how many existed.
     */
    public static long unlink(RedisConnection connection, List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        long unlinked = 0;
        for (Response reply : await(connection.batch(keys.stream().map(key -> Request.cmd(Command.UNLINK).arg(key))
                .toList()), TIMEOUT_SECONDS)) {
            unlinked += reply.toLong();
        }
        return unlinked;
    }

    /**
     * Runs {@code work} on a connection of its own to each node of {@code urls} (e.g. a cluster's {@link #primaries}),
     * one after another, made with {@code options} (user, password, TLS) as a standalone client; returns the sum of what
     * it returned.
     */
    public static long sumOverNodes(Vertx vertx, RedisOptions options, Collection<String> urls,
                                    ToLongFunction<RedisConnection> work) {
        long total = 0;
        for (String url : urls) {
            Redis node = Redis.createClient(vertx,
                    new RedisOptions(options).setType(RedisClientType.STANDALONE).setEndpoints(List.of(url)));
            try {
                RedisConnection connection = await(node.connect(), TIMEOUT_SECONDS);
                try {
                    total += work.applyAsLong(connection);
                } finally {
                    connection.close();
                }
            } finally {
                node.close();
            }
        }
        return total;
    }

    /**
     * The URLs of a Redis Cluster's primaries from its {@code CLUSTER SLOTS} reply (each slot range's first node:
     * {@code [start, end, [host, port, id, ...], replicas...]}), reached with the scheme, user, password and query of
     * {@code seed}.
     */
    public static Set<String> primaries(Response clusterSlots, URI seed) {
        Set<String> urls = new LinkedHashSet<>();
        for (Response range : clusterSlots) {
            String host = range.get(2).get(0).toString();
            if (host.isEmpty() || "?".equals(host)) {
                throw new IllegalStateException("CLUSTER SLOTS names a primary without an address ('" + host
                        + "'): set cluster-preferred-endpoint-type to ip or hostname on the cluster");
            }
            urls.add(seed.getScheme() + "://" + (seed.getRawUserInfo() == null ? "" : seed.getRawUserInfo() + "@")
                    + (host.contains(":") ? "[" + host + "]" : host) + ":" + range.get(2).get(1).toInteger()
                    + (seed.getRawQuery() == null ? "" : "?" + seed.getRawQuery()));
        }
        return urls;
    }

    /** Blocks the calling (non event-loop) thread until {@code future} completes. */
    public static <T> T await(Future<T> future, long timeoutSeconds) {
        return await(future.toCompletionStage(), timeoutSeconds);
    }

    /** Blocks the calling (non event-loop) thread until {@code stage} completes, e.g. the feature engine's. */
    public static <T> T await(CompletionStage<T> stage, long timeoutSeconds) {
        try {
            return stage.toCompletableFuture().get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Redis", e);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Redis call failed: " + cause.getMessage(), cause);
        }
    }
}
