package io.github.idfraud.cases.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one secret, with a purpose prefix on every message so that a value made for one use
 * (a link signature) can never be passed off as another (a recipient reference).
 */
public final class Hmac {

    /** The shortest secret accepted: 32 characters, as for the pseudonymisation key. */
    public static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    public Hmac(String secret, String what) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(what + " must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public byte[] sign(String purpose, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison, so a forger learns nothing from response times. */
    public boolean verify(String purpose, byte[] message, byte[] signature) {
        return MessageDigest.isEqual(sign(purpose, message), signature);
    }
}
