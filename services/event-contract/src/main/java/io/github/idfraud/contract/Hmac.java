package io.github.idfraud.contract;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one secret: pseudonyms of identifiers, event references, signed consumer links. Each message
 * is preceded by prefixes (a purpose, a kind, a tenant), each followed by a 0 byte, so a value made for one use can
 * never be passed off as another. Thread-safe; one {@link Mac} per thread, as this sits on the scoring hot path.
 */
public final class Hmac {

    /** The shortest secret accepted, in characters. */
    public static final int MIN_SECRET_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String KEY_ID = "key-id";
    /** Bytes of digest in a key id: 48 bits tell a handful of live keys apart and say nothing of the key. */
    private static final int KEY_ID_BYTES = 6;

    private final ThreadLocal<Mac> macs;
    private final String keyId;

    /** @param settingName what the operator sets the secret with (an environment variable), for the error message */
    public Hmac(String secret, String settingName) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(settingName + " must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.macs = keyed(secret.getBytes(StandardCharsets.UTF_8));
        this.keyId = deriveKeyId();
    }

    /** Under a key that is already random bytes (a digest), not an operator's secret. */
    public Hmac(byte[] key) {
        this.macs = keyed(key.clone());
        this.keyId = deriveKeyId();
    }

    /**
     * This key's id: 8 base64url characters derived from the key itself, so operators never configure ids, and a
     * ciphertext, token or stored value that carries it says which key made it without revealing the key.
     */
    public String keyId() {
        return keyId;
    }

    private String deriveKeyId() {
        byte[] digest = sign(new byte[0], KEY_ID);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, KEY_ID_BYTES));
    }

    private static ThreadLocal<Mac> keyed(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key, ALGORITHM);
        return ThreadLocal.withInitial(() -> newMac(spec));
    }

    /** The HMAC of {@code prefixes[0] 0x00 prefixes[1] 0x00 ... message}. */
    public byte[] sign(byte[] message, String... prefixes) {
        Mac mac = macs.get();
        for (String prefix : prefixes) {
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
        }
        return mac.doFinal(message);
    }

    /** Constant-time comparison with {@link #sign}, so a forger learns nothing from response times. */
    public boolean verify(byte[] signature, byte[] message, String... prefixes) {
        return MessageDigest.isEqual(sign(message, prefixes), signature);
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }
}
