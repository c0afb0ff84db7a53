package io.github.idfraud.scoring.config;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.List;

/**
 * One dedicated Redis connection for the feature engine's commits, so they reach Redis in the order they were
 * sent (ADR 0004): over a pool, an event's commit can overtake the one it builds on and be refused. Connects on
 * first use and again after the connection fails; callers waiting for the connection are served in call order.
 */
final class OrderedRedisConnection {

    /** Shown by {@code CLIENT LIST}, so operators (and tests) can tell this connection from the pool's. */
    static final String NAME = "fraud-feature-commits";

    private final Redis client;
    private Future<RedisConnection> connection;

    OrderedRedisConnection(Redis client) {
        this.client = client;
    }

    Future<List<Response>> batch(List<Request> requests) {
        return current().compose(c -> c.batch(requests));
    }

    private synchronized Future<RedisConnection> current() {
        if (connection == null || connection.failed()) {
            Future<RedisConnection> connecting = client.connect().compose(c -> c
                    .send(Request.cmd(Command.CLIENT).arg("SETNAME").arg(NAME)).map(named -> c));
            connection = connecting;
            connecting.onSuccess(c -> {
                c.exceptionHandler(e -> forget(connecting));
                c.endHandler(v -> forget(connecting));
            });
        }
        return connection;
    }

    private synchronized void forget(Future<RedisConnection> broken) {
        if (connection == broken) {
            connection = null;
        }
    }
}
