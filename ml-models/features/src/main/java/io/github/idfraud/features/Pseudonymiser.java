package io.github.idfraud.features;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 pseudonyms for normalised identifiers. Without the secret a pseudonym cannot be linked
 * back to a person, even by hashing candidate values. Output: 16 base64url characters (96 bits).
 */
public final class Pseudonymiser {

    public static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public Pseudonymiser(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("pseudonymisation secret must have at least " + MIN_SECRET_LENGTH
                    + " characters (env FRAUD_PSEUDONYMISATION_KEY)");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** @param scope the tenant for tenant-scoped kinds, ignored otherwise */
    public String pseudonym(IdentifierKind kind, String scope, String normalisedValue) {
        Mac mac = macs.get();
        mac.update(kind.code().getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        if (kind.tenantScoped()) {
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
        }
        byte[] digest = mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 12));
    }

    /** Opaque reference to a bank's event id, so that event ids (which banks may build from customer data) never sit in Redis raw. */
    public String eventReference(String tenant, String eventId) {
        Mac mac = macs.get();
        mac.update("v".getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(tenant.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] digest = mac.doFinal(eventId.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 12));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
