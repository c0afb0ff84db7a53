package io.github.idfraud.scoring.security;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.TenantPairs;
import io.github.idfraud.scoring.config.ScoringConfig;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tenant API keys from {@code FRAUD_API_KEYS} ({@code tenant:key,...}). A presented key is compared with every
 * configured key in constant time, so timing tells nothing about which key or how much of it matched.
 */
@Singleton
public class TenantKeys {

    /** The shortest API key accepted outside dev and test: 24 characters of a random token resist guessing. */
    public static final int MIN_KEY_LENGTH = 24;

    private record TenantKey(String tenant, byte[] digest, boolean tooShort) {
    }

    private final List<TenantKey> keys = new ArrayList<>();

    TenantKeys(ScoringConfig config) {
        TenantPairs.parse(EnvironmentVariables.FRAUD_API_KEYS, config.apiKeys(), "bank-a:a-long-random-key")
                .forEach(entry -> keys.add(new TenantKey(entry.getKey(), digest(entry.getValue()),
                        entry.getValue().length() < MIN_KEY_LENGTH)));
    }

    /** The tenants with a key shorter than {@link #MIN_KEY_LENGTH}: the start-up checks refuse them in production. */
    public Set<String> tenantsWithShortKeys() {
        Set<String> tenants = new TreeSet<>();
        keys.stream().filter(TenantKey::tooShort).forEach(k -> tenants.add(k.tenant()));
        return tenants;
    }

    public Optional<String> tenantFor(String presentedKey) {
        byte[] presented = digest(presentedKey);
        String match = null;
        for (TenantKey key : keys) {
            if (MessageDigest.isEqual(key.digest(), presented)) {
                match = key.tenant();
            }
        }
        return Optional.ofNullable(match);
    }

    public Set<String> tenants() {
        Set<String> tenants = new TreeSet<>();
        keys.forEach(k -> tenants.add(k.tenant()));
        return tenants;
    }

    /** Hashing first makes every comparison the same length whatever the key length. */
    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
