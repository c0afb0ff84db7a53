package io.github.idfraud.features.redis;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Blocking helpers for tools that own a key prefix (a training run, a benchmark): walk and delete its keys with
 * SCAN and UNLINK, never KEYS or a slow DEL. Not for the event loop.
 */
public final class RedisKeyspace {

    private static final int SCAN_PAGE = 1000;
    private static final long TIMEOUT_SECONDS = 60;

    private RedisKeyspace() {
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

    /** UNLINKs the given keys; returns how many existed. */
    public static long unlink(RedisConnection connection, List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Request unlink = Request.cmd(Command.UNLINK);
        keys.forEach(unlink::arg);
        return await(connection.send(unlink), TIMEOUT_SECONDS).toLong();
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
