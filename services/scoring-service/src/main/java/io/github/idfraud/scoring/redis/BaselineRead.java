package io.github.idfraud.scoring.redis;

import io.github.idfraud.contract.RedisKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import jakarta.inject.Singleton;

/** The benchmark baseline's one Redis round trip: a GET of the tenant's baseline key over the pool. */
@Singleton
public class BaselineRead {

    private final Redis redis;

    BaselineRead(Redis redis) {
        this.redis = redis;
    }

    public Uni<Void> read(String tenant) {
        return redis.send(Request.cmd(Command.GET).arg(RedisKeys.benchBaseline(tenant))).replaceWithVoid();
    }
}
