package io.github.idfraud.scoring.redis;

import io.github.idfraud.features.redis.RedisKeyspace;
import io.vertx.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Work that Redis does node by node, done on every primary: {@code SCAN} walks the keys of the node it reaches only.
 * On a single Redis that is one connection of the service's client. On a Redis Cluster each primary that
 * {@code CLUSTER SLOTS} names (the slot map the cluster client itself reads) gets a connection of its own, made with
 * the client's own options: the same user, password and TLS, so no right beyond the service's is needed. Blocking: call
 * it on a worker thread.
 */
@Singleton
public class Primaries {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Redis redis;
    private final Vertx vertx;
    private final Pipelines pipelines;
    private final ClientOptions clientOptions;

    Primaries(Redis redis, Vertx vertx, Pipelines pipelines, ClientOptions clientOptions) {
        this.redis = redis;
        this.vertx = vertx;
        this.pipelines = pipelines;
        this.clientOptions = clientOptions;
    }

    /** Runs {@code work} on a connection to each primary, one after another; returns the sum of what it returned. */
    public long sum(ToLongFunction<RedisConnection> work) {
        if (!pipelines.cluster()) {
            var connection = redis.connect().await().atMost(TIMEOUT);
            try {
                return work.applyAsLong(connection.getDelegate());
            } finally {
                connection.close().await().atMost(TIMEOUT);
            }
        }
        RedisOptions options = clientOptions.copy().orElseThrow(() -> new IllegalStateException(
                "the Redis client's options are not known yet: Quarkus builds the client at start"));
        return RedisKeyspace.sumOverNodes(vertx, options, primaries(URI.create(options.getEndpoint())), work);
    }

    /** The primaries' URLs, as {@code CLUSTER SLOTS} names them, reached with the scheme, user and password of {@code seed}. */
    private Set<String> primaries(URI seed) {
        Response ranges = redis.send(Request.cmd(Command.CLUSTER).arg("SLOTS")).await().atMost(TIMEOUT);
        return RedisKeyspace.primaries(ranges.getDelegate(), seed);
    }
}
