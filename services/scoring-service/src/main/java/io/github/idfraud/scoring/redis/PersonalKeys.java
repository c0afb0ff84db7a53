package io.github.idfraud.scoring.redis;

import io.github.idfraud.features.StateBuckets;
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
 * Plain reads and deletes of the keys (and identifier values' fields) that hold one person's data, for data-subject
 * requests. One key per command, so every call stays in one Redis Cluster slot.
 */
@Singleton
public class PersonalKeys {

    /** An identifier's value and how long it has left. */
    public record StoredValue(byte[] value, long expiresInSeconds) {
    }

    private final Redis redis;

    PersonalKeys(Redis redis) {
        this.redis = redis;
    }

    /** The feature engine's value named {@code valueName} (ADR 0015), or null when there is none or it expired. */
    public Uni<StoredValue> readStateValue(StateBuckets buckets, String valueName) {
        StateBuckets.Place place = buckets.place(valueName);
        return redis.send(Request.cmd(Command.HGET).arg(place.key()).arg(place.field()))
                .map(reply -> {
                    long now = System.currentTimeMillis() / 1000;
                    byte[] stored = reply == null ? null : reply.toBytes();
                    return StateBuckets.live(stored, now)
                            ? new StoredValue(StateBuckets.value(stored), StateBuckets.deadline(stored) - now) : null;
                });
    }

    /** Deletes the feature engine's values of these names, a command each; returns how many were stored. */
    public Uni<Long> deleteStateValues(StateBuckets buckets, List<String> valueNames) {
        return sum(valueNames.stream().map(buckets::place).map(place -> redis.send(Request.cmd(Command.HDEL)
                .arg(place.key()).arg(place.field())).map(Response::toLong)).toList());
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
        return sum(keys.stream().map(key -> redis.send(Request.cmd(Command.DEL).arg(key)).map(Response::toLong)).toList());
    }

    private static Uni<Long> sum(List<Uni<Long>> counts) {
        return counts.isEmpty() ? Uni.createFrom().item(0L)
                : Uni.join().all(counts).andFailFast().map(all -> all.stream().mapToLong(Long::longValue).sum());
    }

    /** Removes one member from a sorted set; returns whether it was there. */
    public Uni<Boolean> removeMember(String key, String member) {
        return redis.send(Request.cmd(Command.ZREM).arg(key).arg(member)).map(n -> n.toLong() > 0);
    }
}
