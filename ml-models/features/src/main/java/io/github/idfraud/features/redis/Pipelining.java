package io.github.idfraud.features.redis;

import io.vertx.core.Future;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Sends a list of commands without waiting between them; the replies in the order of the requests. On a single Redis
 * that is one pipelined batch. On a Redis Cluster a batch must keep to one hash slot, and an event's commands name
 * several identifiers (each its own hash tag), so each command goes on its own: the client routes it by its key's
 * slot, and the commands of one key keep their order on that slot's node connection (ADR 0004's ordering is per key).
 */
public final class Pipelining {

    private Pipelining() {
    }

    /** Over one connection (on a cluster, the cluster client's connection: one per primary). */
    public static Future<List<Response>> send(RedisConnection connection, List<Request> requests, boolean cluster) {
        return send(connection::batch, connection::send, requests, cluster);
    }

    /** Over a client's pool. */
    public static Future<List<Response>> send(Redis client, List<Request> requests, boolean cluster) {
        return send(client::batch, client::send, requests, cluster);
    }

    private static Future<List<Response>> send(Function<List<Request>, Future<List<Response>>> batch,
                                               Function<Request, Future<Response>> single, List<Request> requests,
                                               boolean cluster) {
        if (!cluster) {
            return batch.apply(requests);
        }
        List<Future<Response>> replies = new ArrayList<>(requests.size());
        for (Request request : requests) {
            replies.add(single.apply(request));
        }
        return Future.all(replies).map(all -> all.list());
    }
}
