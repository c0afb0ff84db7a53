package io.github.idfraud.scoring.redis;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain reads and deletes of the keys that hold one person's data, for data-subject requests. One key per command,
 * so every call stays in one Redis Cluster slot.
 */
@Singleton
public class PersonalKeys {

    /** A key's value as stored and how long it has left (-1: no expiry), or null when absent. */
    public record StoredValue(byte[] value, long expiresInSeconds) {
    }

    private final Redis redis;

    PersonalKeys(Redis redis) {
        this.redis = redis;
    }

    public Uni<StoredValue> read(String key) {
        return redis.send(Request.cmd(Command.GET).arg(key)).flatMap(value -> value == null
                ? Uni.createFrom().nullItem()
                : redis.send(Request.cmd(Command.TTL).arg(key)).map(ttl -> new StoredValue(value.toBytes(), ttl.toLong())));
    }

    /** A hash field, or null. */
    public Uni<String> field(String key, String field) {
        return redis.send(Request.cmd(Command.HGET).arg(key).arg(field)).map(v -> v == null ? null : v.toString());
    }

    /** A sorted set's members with their scores, lowest score first. */
    public Uni<Map<String, Long>> members(String key) {
        return redis.send(Request.cmd(Command.ZRANGE).arg(key).arg(0).arg(-1).arg("WITHSCORES")).map(reply -> {
            Map<String, Long> members = new LinkedHashMap<>();
            if (reply == null || reply.size() == 0) {
                return members;
            }
            if (reply.get(0).type() == ResponseType.MULTI) {
                // RESP3: one [member, score] pair per entry
                reply.forEach(pair -> members.put(pair.get(0).toString(), Math.round(pair.get(1).toDouble())));
            } else {
                // RESP2: member, score, member, score...
                for (int i = 0; i + 1 < reply.size(); i += 2) {
                    members.put(reply.get(i).toString(), Math.round(reply.get(i + 1).toDouble()));
                }
            }
            return members;
        });
    }


    /** Deletes each key with a command of its own; returns how many existed. */
    public Uni<Long> delete(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(0L);
        }
        List<Uni<Long>> deletions = keys.stream()
                .map(key -> redis.send(Request.cmd(Command.DEL).arg(key)).map(Response::toLong)).toList();
        return Uni.join().all(deletions).andFailFast().map(counts -> counts.stream().mapToLong(Long::longValue).sum());
    }

    /** Removes one member from a sorted set; returns whether it was there. */
    public Uni<Boolean> removeMember(String key, String member) {
        return redis.send(Request.cmd(Command.ZREM).arg(key).arg(member)).map(n -> n.toLong() > 0);
    }
}
