package io.github.idfraud.features.redis;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.StateKeys;
import io.vertx.redis.client.RedisConnection;

/**
 * The re-key tool's work at the end of a pseudonymisation-key rotation window: every value whose name carries another
 * key id than the current one (or none: written before key ids) is deleted: whole buckets (ADR 0015: a bucket holds one
 * key's values), and the string keys written before them. It goes by key names alone, never reading a value.
 * Blocking; not for the event loop.
 */
public final class RetiredStateValues {

    private RetiredStateValues() {
    }

    /**
     * Deletes the retired identifier values under {@code prefix} on the node {@code connection} reaches (on Redis
     * Cluster, call it once per master); returns how many keys (buckets, and string keys of before ADR 0015).
     */
    public static long delete(RedisConnection connection, String prefix, String currentKeyId) {
        return delete(connection, RedisKeys.identifierStateBuckets(prefix), RedisKeys.IDENTIFIER_STATE_BUCKET, currentKeyId)
                + delete(connection, StateKeys.pattern(prefix), StateKeys.LAYOUT_SUFFIX, currentKeyId);
    }

    /**
     * Deletes every key matching {@code pattern} whose hash tag is followed by {@code layoutSuffix} and a key id other
     * than {@code currentKeyId}, or by nothing more ({@link StateKeys#retired(String, String, String)}).
     */
    public static long delete(RedisConnection connection, String pattern, String layoutSuffix, String currentKeyId) {
        long[] deleted = {0};
        RedisKeyspace.scanMatching(connection, pattern, keys -> deleted[0] += RedisKeyspace.unlink(connection,
                keys.stream().filter(key -> StateKeys.retired(key, layoutSuffix, currentKeyId)).toList()));
        return deleted[0];
    }
}
