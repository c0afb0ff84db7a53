package io.github.idfraud.scoring.redis;

import io.github.idfraud.features.redis.Pipelining;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends a list of commands in one go, as {@link Pipelining} does, on the topology the service is configured for. */
@Singleton
public class Pipelines {

    private final boolean cluster;

    Pipelines(@ConfigProperty(name = "quarkus.redis.client-type", defaultValue = "standalone") RedisClientType type) {
        this.cluster = type == RedisClientType.CLUSTER;
    }

    /** Whether the service runs on a Redis Cluster. */
    public boolean cluster() {
        return cluster;
    }

    /** Over one connection: the replies in the order of the requests. */
    Future<List<Response>> send(RedisConnection connection, List<Request> requests) {
        return Pipelining.send(connection.getDelegate(), requests, cluster);
    }

    /** Over the client's pool: completes when every command has been answered. */
    Uni<Void> send(Redis redis, List<io.vertx.mutiny.redis.client.Request> requests) {
        if (!cluster) {
            return redis.batch(requests).replaceWithVoid();
        }
        List<Uni<io.vertx.mutiny.redis.client.Response>> replies = new ArrayList<>(requests.size());
        for (io.vertx.mutiny.redis.client.Request request : requests) {
            replies.add(redis.send(request));
        }
        return Uni.join().all(replies).andFailFast().replaceWithVoid();
    }
}
