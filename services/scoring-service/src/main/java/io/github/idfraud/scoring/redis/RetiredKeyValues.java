package io.github.idfraud.scoring.redis;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.redis.RetiredStateValues;
import jakarta.inject.Singleton;

/**
 * The re-key tool's Redis side: deletes, by name alone, every identifier value and vault entry whose name carries
 * another pseudonymisation key id than the current one (or none), on every primary (on a Redis Cluster each holds
 * its own slots). Blocking: call it on a worker thread.
 */
@Singleton
public class RetiredKeyValues {

    private final Primaries primaries;

    RetiredKeyValues(Primaries primaries) {
        this.primaries = primaries;
    }

    /**
     * @param featurePrefix the feature values' namespace
     * @param withVault     also the verified-contact vault (the whole service's clean-up; a replay's namespace has none)
     * @return how many keys were deleted, on all primaries together
     */
    public long delete(String featurePrefix, boolean withVault, String currentKeyId) {
        return primaries.sum(connection -> {
            long deleted = RetiredStateValues.delete(connection, featurePrefix, currentKeyId);
            if (withVault) {
                for (String vault : RedisKeys.vaultPatterns()) {
                    deleted += RetiredStateValues.delete(connection, vault, "", currentKeyId);
                }
            }
            return deleted;
        });
    }
}
