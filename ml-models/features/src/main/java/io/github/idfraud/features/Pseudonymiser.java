package io.github.idfraud.features;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Keyed HMAC-SHA256 pseudonyms for normalised identifiers. Without the secret a pseudonym cannot be linked
 * back to a person, even by hashing candidate values. Output: 16 base64url characters (96 bits).
 */
public final class Pseudonymiser {

    public static final int MIN_SECRET_LENGTH = Hmac.MIN_SECRET_LENGTH;
    private static final String EVENT_REFERENCE = "v";

    private final Hmac hmac;

    public Pseudonymiser(String secret) {
        this.hmac = new Hmac(secret, "the pseudonymisation secret (env " + EnvironmentVariables.FRAUD_PSEUDONYMISATION_KEY + ")");
    }

    /** @param scope the tenant for tenant-scoped kinds, ignored otherwise */
    public String pseudonym(IdentifierKind kind, String scope, String normalisedValue) {
        byte[] value = normalisedValue.getBytes(StandardCharsets.UTF_8);
        return encode(kind.tenantScoped() ? hmac.sign(value, kind.code(), scope) : hmac.sign(value, kind.code()));
    }

    /** Opaque reference to a bank's event id, so that event ids (which banks may build from customer data) never sit in Redis raw. */
    public String eventReference(String tenant, String eventId) {
        return encode(hmac.sign(eventId.getBytes(StandardCharsets.UTF_8), EVENT_REFERENCE, tenant));
    }

    private static String encode(byte[] digest) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
    }
}
