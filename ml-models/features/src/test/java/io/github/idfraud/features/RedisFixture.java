package io.github.idfraud.features;

import io.github.idfraud.features.redis.Pipelining;
import io.github.idfraud.features.redis.RedisIdentifierStore;
import io.github.idfraud.features.redis.RedisKeyspace;
import io.github.idfraud.testsupport.RedisNodes;
import io.github.idfraud.testsupport.TestRedis;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * A real Redis client and an engine writing under a key prefix of its own, removed afterwards: on the test Redis, or
 * on the Redis Cluster that {@value TestRedis#CLUSTER_VARIABLE} names (where each command goes on its own, routed by
 * its key, and the keys are found on every primary).
 */
final class RedisFixture implements AutoCloseable {

    static final String SECRET = "test-pseudonymisation-secret-0123456789";
    /** Few buckets, so that tests see many identifiers share one (ADR 0015). */
    static final StateBuckets BUCKETS = new StateBuckets(64);

    final Vertx vertx = Vertx.vertx();
    final boolean cluster = TestRedis.cluster().isPresent();
    final Redis redis = Redis.createClient(vertx, RedisNodes.options(RedisNodes.hosts())
            .setMaxPoolSize(8).setMaxPoolWaiting(1024));
    final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ":";
    final FeatureEngine engine = anotherEngine(EngineSettings.defaults(prefix));
    private final List<RedisConnection> connections = new ArrayList<>();

    /** Another scorer on the same Redis and key prefix, with a cache of its own: a second pod. */
    FeatureEngine anotherEngine(EngineSettings settings) {
        return new FeatureEngine(store(), new Pseudonymiser(SECRET), settings);
    }

    /**
     * An engine on one connection of its own (closed with the fixture), which keeps the order of its calls as a
     * replay's does.
     */
    FeatureEngine orderedEngine(EngineSettings settings) {
        RedisConnection connection = await(redis.connect());
        connections.add(connection);
        return new FeatureEngine(new RedisIdentifierStore(requests -> Pipelining.send(connection, requests, cluster),
                BUCKETS, cluster), new Pseudonymiser(SECRET), settings);
    }

    /** Identifier values on this fixture's Redis, as a scorer keeps them. */
    RedisIdentifierStore store() {
        return new RedisIdentifierStore(this::batch, BUCKETS, cluster);
    }

    /** One pipelined batch; on a cluster, where a batch keeps to one slot, each command on its own. */
    Future<List<Response>> batch(List<Request> requests) {
        return Pipelining.send(redis, requests, cluster);
    }

    /** Runs {@code work} on a connection to each primary (the one Redis, or each cluster primary); the sum of its answers. */
    long onEachPrimary(ToLongFunction<RedisConnection> work) {
        return RedisKeyspace.sumOverNodes(vertx, new RedisOptions(), RedisNodes.primaries(), work);
    }

    static <T> T await(Future<T> future) {
        return await(future.toCompletionStage());
    }

    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Redis call failed", e);
        }
    }

    /** Every key under this fixture's prefix, on every primary (SCAN walks the keys of one node). */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        onEachPrimary(connection -> {
            RedisKeyspace.scan(connection, prefix, keys::addAll);
            return 0;
        });
        return keys;
    }

    /**
     * Every identifier value under this fixture's prefix by its name, as stored (ADR 0015: a field of its bucket,
     * deadline first).
     */
    Map<String, byte[]> stored() {
        Map<String, byte[]> values = new TreeMap<>();
        for (String bucket : keys()) {
            fieldsOf(bucket).forEach((field, value) -> values.put(StateBuckets.valueName(bucket, field), value));
        }
        return values;
    }

    /** A hash's fields in name order, whichever protocol answered. */
    private Map<String, byte[]> fieldsOf(String hash) {
        Map<String, byte[]> fields = new TreeMap<>();
        Response reply = await(redis.send(Request.cmd(Command.HGETALL).arg(hash)));
        if (reply.type() == ResponseType.MULTI && reply.size() > 0 && reply.getKeys().isEmpty()) {
            for (int i = 0; i + 1 < reply.size(); i += 2) { // RESP2: field, value, field, value...
                fields.put(reply.get(i).toString(), reply.get(i + 1).toBytes());
            }
        } else {
            reply.getKeys().forEach(field -> fields.put(field, reply.get(field).toBytes()));
        }
        return fields;
    }

    /** The names of every identifier value under this fixture's prefix. */
    Set<String> valueNames() {
        return stored().keySet();
    }

    /** Stores {@code value} (version first) under {@code valueName} as the engine would, for an hour. */
    void put(String valueName, byte[] value) {
        byte[] stored = StateBuckets.stored(System.currentTimeMillis() / 1000 + 3600, value);
        await(redis.send(Request.cmd(Command.HSET).arg(BUCKETS.key(valueName)).arg(BUCKETS.field(valueName)).arg(stored)));
        await(redis.send(Request.cmd(Command.EXPIRE).arg(BUCKETS.key(valueName)).arg(3600)));
    }

    /** Every key and every stored value under this fixture's prefix, as text. */
    String dump() {
        StringBuilder sb = new StringBuilder();
        // SCAN's order moves when Redis resizes its table between two dumps; the dump must not.
        for (String key : keys().stream().sorted().toList()) {
            sb.append(key).append('\n');
            String type = await(redis.send(Request.cmd(Command.TYPE).arg(key))).toString();
            Object value = switch (type) {
                case "hash" -> fieldsOf(key).entrySet().stream()
                        .map(field -> field.getKey() + "=" + HexFormat.of().formatHex(field.getValue())).toList();
                case "zset" -> await(redis.send(Request.cmd(Command.ZRANGE).arg(key).arg(0).arg(-1)));
                default -> await(redis.send(Request.cmd(Command.GET).arg(key)));
            };
            sb.append(value).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        List<Request> deletes = keys().stream().map(key -> Request.cmd(Command.DEL).arg(key)).toList();
        if (!deletes.isEmpty()) {
            await(batch(deletes));
        }
        connections.forEach(RedisConnection::close);
        redis.close();
        vertx.close();
    }
}
