package io.github.idfraud.scoring.redis;

import io.github.idfraud.features.redis.RedisKeyspace;
import io.vertx.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Work that Redis does node by node, done on every primary: {@code SCAN} walks the keys of the node it reaches only.
 * On a single Redis that is one connection of the service's client. On a Redis Cluster each primary that
 * {@code CLUSTER SLOTS} names (the slot map the cluster client itself reads) gets a connection of its own, made with
 * the client's own options: the same user, password and TLS, so no right beyond the service's is needed. Blocking: call
 * it on a worker thread.
 */
@ApplicationScoped
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
        long total = 0;
        for (String primary : primaries(URI.create(options.getEndpoint()))) {
            io.vertx.redis.client.Redis node = io.vertx.redis.client.Redis.createClient(vertx,
                    new RedisOptions(options).setType(RedisClientType.STANDALONE).setEndpoints(List.of(primary)));
            try {
                RedisConnection connection = RedisKeyspace.await(node.connect(), TIMEOUT.toSeconds());
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
     * The primaries' URLs: each slot range's first node ({@code [start, end, [host, port, id, ...], replicas...]}),
     * reached with the scheme, user and password of {@code seed}.
     */
    private Set<String> primaries(URI seed) {
        Response ranges = redis.send(Request.cmd(Command.CLUSTER).arg("SLOTS")).await().atMost(TIMEOUT);
        Set<String> urls = new LinkedHashSet<>();
        for (Response range : ranges) {
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
}
