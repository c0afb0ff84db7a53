package io.github.idfraud.features.redis;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.StateBuckets;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;

/**
 * Deletes the identifier values past their deadline from every bucket (ADR 0015). The commit script already sweeps a
 * bucket now and then as it writes there; this walk bounds by its own period how long a dead value's bytes stay in a
 * bucket that is seldom written. Blocking; not for the event loop.
 */
public final class DeadStateValues {

    /** Deletes the fields of bucket KEYS[1] whose 4-byte deadline (big-endian Unix seconds) is not after ARGV[1]. */
    private static final String SWEEP = """
            local now, dead = tonumber(ARGV[1]), 0
            local fields = redis.call('HGETALL', KEYS[1])
            for k = 1, #fields, 2 do
              if struct.unpack('>I4', fields[k + 1]) <= now then
                dead = dead + redis.call('HDEL', KEYS[1], fields[k])
              end
            end
            return dead
            """;
    private static final long TIMEOUT_SECONDS = 60;

    private DeadStateValues() {
    }

    /**
     * Sweeps every bucket under {@code prefix} on the node {@code connection} reaches (on Redis Cluster, call it once per
     * primary), one call per bucket; returns how many values were deleted.
     */
    public static long sweep(RedisConnection connection, String prefix, long nowSeconds) {
        long[] deleted = {0};
        RedisKeyspace.scanMatching(connection, RedisKeys.identifierStateBuckets(prefix), keys -> {
            for (String key : keys) {
                if (StateBuckets.isBucket(key)) {
                    deleted[0] += RedisKeyspace.await(connection.send(Request.cmd(Command.EVAL).arg(SWEEP).arg(1)
                            .arg(key).arg(nowSeconds)), TIMEOUT_SECONDS).toLong();
                }
            }
        });
        return deleted[0];
    }
}
