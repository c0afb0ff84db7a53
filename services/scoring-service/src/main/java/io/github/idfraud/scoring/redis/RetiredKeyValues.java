package io.github.idfraud.scoring.redis;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.redis.RetiredStateValues;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The re-key tool's Redis side: deletes, by name alone, every identifier value and vault entry whose name carries
 * another pseudonymisation key id than the current one (or none). Blocking: call it on a worker thread.
 */
@ApplicationScoped
public class RetiredKeyValues {

    private final Redis redis;

    RetiredKeyValues(Redis redis) {
        this.redis = redis;
    }

    /**
     * @param featurePrefix the feature values' namespace
     * @param withVault     also the verified-contact vault (the whole service's clean-up; a replay's namespace has none)
     * @return how many keys were deleted on the node the connection reaches
     */
    public long delete(String featurePrefix, boolean withVault, String currentKeyId) {
        RedisConnection connection = redis.connect().await().indefinitely();
        try {
            long deleted = RetiredStateValues.delete(connection.getDelegate(), featurePrefix, currentKeyId);
            if (withVault) {
                for (String vault : RedisKeys.vaultPatterns()) {
                    deleted += RetiredStateValues.delete(connection.getDelegate(), vault, "", currentKeyId);
                }
            }
            return deleted;
        } finally {
            connection.close().await().indefinitely();
        }
    }
}
