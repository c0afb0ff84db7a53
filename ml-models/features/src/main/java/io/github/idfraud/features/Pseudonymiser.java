package io.github.idfraud.features;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Keyed HMAC-SHA256 pseudonyms for normalised identifiers. Without the secret a pseudonym cannot be linked
 * back to a person, even by hashing candidate values. Output: 16 base64url characters (96 bits).
 *
 * <p>During a rotation of the key (docs/operations.md, "Rotating the pseudonymisation key") it also knows the retiring
 * key, {@link #previous()}, so an identifier's state kept under its old pseudonym can be found and moved.
 */
public final class Pseudonymiser {

    public static final int MIN_SECRET_LENGTH = Hmac.MIN_SECRET_LENGTH;
    private static final String EVENT_REFERENCE = "v";

    private final Hmac hmac;
    private final Pseudonymiser previous;

    public Pseudonymiser(String secret) {
        this(secret, null);
    }

    /** @param previousSecret the key being retired, or null outside a rotation window */
    public Pseudonymiser(String secret, String previousSecret) {
        this.hmac = new Hmac(secret, "the pseudonymisation secret (env " + EnvironmentVariables.FRAUD_PSEUDONYMISATION_KEY + ")");
        this.previous = previousSecret == null ? null : new Pseudonymiser(new Hmac(previousSecret,
                "the previous pseudonymisation secret (env " + EnvironmentVariables.FRAUD_PSEUDONYMISATION_PREVIOUS_KEY + ")"));
    }

    private Pseudonymiser(Hmac hmac) {
        this.hmac = hmac;
        this.previous = null;
    }

    /** The id of the key pseudonyms are made with; stored values carry it in their key names. */
    public String keyId() {
        return hmac.keyId();
    }

    /** The retiring key's pseudonymiser during a rotation window, else null. */
    public Pseudonymiser previous() {
        return previous;
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
