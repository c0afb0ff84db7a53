package io.github.idfraud.scoring.redis;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import jakarta.inject.Singleton;

/** Whether Redis answers, for the readiness check. */
@Singleton
public class RedisPing {

    private final Redis redis;

    RedisPing(Redis redis) {
        this.redis = redis;
    }

    /** Completes when Redis answered a PING; fails otherwise. */
    public Uni<Void> ping() {
        return redis.send(Request.cmd(Command.PING)).replaceWithVoid();
    }
}
