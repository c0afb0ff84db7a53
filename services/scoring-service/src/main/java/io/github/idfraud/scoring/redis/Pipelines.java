package io.github.idfraud.scoring.redis;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a list of commands in one go. On a single Redis it is one pipelined batch. On a Redis Cluster a batch must
 * keep to one hash slot, and an event's commands name several identifiers (each its own hash tag), so each command
 * goes on its own, still without waiting for the previous reply: the client routes it by its key's slot, and the
 * commands of one key keep their order on that slot's node connection (ADR 0004's ordering is per key).
 */
@ApplicationScoped
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
        if (!cluster) {
            return connection.getDelegate().batch(requests);
        }
        List<Future<Response>> replies = new ArrayList<>(requests.size());
        for (Request request : requests) {
            replies.add(connection.getDelegate().send(request));
        }
        return Future.all(replies).map(all -> all.list());
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
