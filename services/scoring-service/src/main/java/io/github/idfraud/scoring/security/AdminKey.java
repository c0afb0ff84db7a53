package io.github.idfraud.scoring.security;

import io.github.idfraud.scoring.config.ScoringConfig;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The operators' key for /admin (env FRAUD_ADMIN_KEY). Without one configured, no call matches. */
@Singleton
public class AdminKey {

    /** The shortest admin key accepted outside dev and test: it opens every bank's rules and models. */
    public static final int MIN_LENGTH = 32;

    private final byte[] digest;
    private final boolean tooShort;

    AdminKey(ScoringConfig config) {
        this.digest = config.adminKey().filter(k -> !k.isBlank()).map(AdminKey::sha256).orElse(null);
        this.tooShort = config.adminKey().filter(k -> !k.isBlank()).map(k -> k.length() < MIN_LENGTH).orElse(false);
    }

    /** Whether a key is configured and shorter than {@link #MIN_LENGTH}. */
    public boolean tooShort() {
        return tooShort;
    }

    public boolean matches(String presented) {
        return digest != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
