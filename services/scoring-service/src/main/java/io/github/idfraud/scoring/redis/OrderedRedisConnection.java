package io.github.idfraud.scoring.redis;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One dedicated Redis connection for the feature engine's commits, so they reach Redis in the order they were
 * sent (ADR 0004): over a pool, an event's commit can overtake the one it builds on and be refused. The connection
 * is a memoized {@link Uni}: made on first use, made again after it fails or ends; callers waiting for it are served
 * in call order, and once it is open a batch is written in the caller's own call, so the feature engine's lock
 * keeps commits in order.
 */
@ApplicationScoped
public class OrderedRedisConnection {

    /** Shown by {@code CLIENT LIST}, so operators (and tests) can tell this connection from the pool's. */
    public static final String NAME = "fraud-feature-commits";

    private final Redis client;
    private Uni<RedisConnection> connection;

    OrderedRedisConnection(Redis client) {
        this.client = client;
    }

    /**
     * Sends one pipelined batch. Typed for the feature engine's storage port, which speaks the bare Vert.x Redis
     * types: the one method of this package that hands client types out, and only to {@code FeatureEngine}.
     */
    public Future<List<io.vertx.redis.client.Response>> batch(List<io.vertx.redis.client.Request> requests) {
        return Future.fromCompletionStage(connection().subscribeAsCompletionStage())
                .compose(open -> open.getDelegate().batch(requests));
    }

    private synchronized Uni<RedisConnection> connection() {
        if (connection == null) {
            AtomicReference<Uni<RedisConnection>> self = new AtomicReference<>();
            Uni<RedisConnection> connecting = client.connect()
                    .call(c -> c.send(Request.cmd(Command.CLIENT).arg("SETNAME").arg(NAME))
                            .onFailure().call(c::close))
                    .invoke(c -> c.exceptionHandler(e -> forget(self.get())).endHandler(() -> forget(self.get())))
                    .onFailure().invoke(e -> forget(self.get()))
                    .memoize().indefinitely();
            self.set(connecting);
            connection = connecting;
        }
        return connection;
    }

    private synchronized void forget(Uni<RedisConnection> broken) {
        if (connection == broken) {
            connection = null;
        }
    }
}
