package io.github.idfraud.features;

import io.github.idfraud.features.redis.RedisIdentifierStore;
import io.github.idfraud.testsupport.TestRedis;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A real Redis client and an engine writing under a key prefix of its own, removed afterwards. */
final class RedisFixture implements AutoCloseable {

    static final String SECRET = "test-pseudonymisation-secret-0123456789";

    final Vertx vertx = Vertx.vertx();
    final Redis redis = Redis.createClient(vertx, new RedisOptions().setConnectionString(TestRedis.url())
            .setMaxPoolSize(8).setMaxPoolWaiting(1024));
    final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ":";
    final FeatureEngine engine = anotherEngine(EngineSettings.defaults(prefix));

    /** Another scorer on the same Redis and key prefix, with a cache of its own: a second pod. */
    FeatureEngine anotherEngine(EngineSettings settings) {
        return new FeatureEngine(new RedisIdentifierStore(redis::batch), new Pseudonymiser(SECRET), settings);
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

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        String cursor = "0";
        do {
            Response page = await(redis.send(Request.cmd(Command.SCAN).arg(cursor).arg("MATCH").arg(prefix + "*").arg("COUNT").arg(1000)));
            cursor = page.get(0).toString();
            page.get(1).forEach(k -> keys.add(k.toString()));
        } while (!"0".equals(cursor));
        return keys;
    }

    /** Every key and every stored value under this fixture's prefix, as text. */
    String dump() {
        StringBuilder sb = new StringBuilder();
        for (String key : keys()) {
            sb.append(key).append('\n');
            String type = await(redis.send(Request.cmd(Command.TYPE).arg(key))).toString();
            Response value = switch (type) {
                case "hash" -> await(redis.send(Request.cmd(Command.HGETALL).arg(key)));
                case "zset" -> await(redis.send(Request.cmd(Command.ZRANGE).arg(key).arg(0).arg(-1)));
                default -> await(redis.send(Request.cmd(Command.GET).arg(key)));
            };
            sb.append(value).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        List<String> keys = keys();
        if (!keys.isEmpty()) {
            Request del = Request.cmd(Command.DEL);
            keys.forEach(del::arg);
            await(redis.send(del));
        }
        redis.close();
        vertx.close();
    }
}
