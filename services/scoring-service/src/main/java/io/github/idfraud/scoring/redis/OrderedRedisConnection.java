package io.github.idfraud.scoring.redis;

import io.vertx.core.Future;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One dedicated Redis connection for the feature engine's commits, so they reach Redis in the order they were
 * sent (ADR 0004): over a pool, an event's commit can overtake the one it builds on and be refused. Connects on
 * first use and again after the connection fails or ends; callers waiting for it are served in call order, and
 * once it is open a batch is written within the caller's own call, so the feature engine's lock keeps commits in
 * order.
 */
@Singleton
public class OrderedRedisConnection {

    /** Shown by {@code CLIENT LIST}, so operators (and tests) can tell this connection from the pool's. */
    public static final String NAME = "fraud-feature-commits";

    private final Redis client;
    private final Pipelines pipelines;
    private Future<RedisConnection> connection;

    OrderedRedisConnection(Redis client, Pipelines pipelines) {
        this.client = client;
        this.pipelines = pipelines;
    }

    /**
     * Sends one pipelined batch. Typed for the feature engine's storage port, which speaks Vert.x's bare Redis
     * types and futures: the one method of this package that hands client types out, and only to
     * {@code FeatureEngine} (see {@code FeatureEngineProducer}).
     */
    public Future<List<io.vertx.redis.client.Response>> batch(List<io.vertx.redis.client.Request> requests) {
        return current().compose(open -> pipelines.send(open, requests));
    }

    /** The open connection, or the one being made; converted to a future once per connection, not per batch. */
    private synchronized Future<RedisConnection> current() {
        if (connection == null) {
            AtomicReference<Future<RedisConnection>> self = new AtomicReference<>();
            Future<RedisConnection> connecting = Future.fromCompletionStage(client.connect()
                    .call(c -> c.send(Request.cmd(Command.CLIENT).arg("SETNAME").arg(NAME)).onFailure().call(c::close))
                    .invoke(c -> c.exceptionHandler(e -> forget(self.get())).endHandler(() -> forget(self.get())))
                    .subscribeAsCompletionStage());
            self.set(connecting);
            connection = connecting;
            connecting.onFailure(e -> forget(connecting));
        }
        return connection;
    }

    private synchronized void forget(Future<RedisConnection> broken) {
        if (connection == broken) {
            connection = null;
            // on a Redis Cluster it holds one connection per primary, and one of them ending leaves the others open
            broken.onSuccess(RedisConnection::closeAndForget);
        }
    }
}
