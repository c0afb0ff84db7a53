package io.github.idfraud.contract;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Authenticates the entries of the labels stream: the case service signs each one, the scoring service applies only
 * what verifies. A label moves shared windows (a fraud label on a device or an address counts for every bank), so an
 * entry written by anything else that can reach the stream must not count. Keyed by a key derived, for this purpose
 * alone, from the contact-encryption key both services hold; the signature covers the entry's version and its line.
 */
public final class LabelEntrySignature {

    private static final String PURPOSE = "label-entry";
    private static final byte[] DERIVATION = "idfraud labels stream signing key v1".getBytes(StandardCharsets.UTF_8);

    private final Hmac hmac;

    private LabelEntrySignature(Hmac hmac) {
        this.hmac = hmac;
    }

    /** @param base64ContactKey the contact-encryption key as configured (base64 of 32 bytes) */
    public static LabelEntrySignature fromContactKey(String base64ContactKey) {
        byte[] contactKey = Base64.getDecoder().decode(base64ContactKey.trim());
        return new LabelEntrySignature(new Hmac(new Hmac(contactKey).sign(DERIVATION, "derive")));
    }

    public String sign(String version, String labelLine) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                hmac.sign(labelLine.getBytes(StandardCharsets.UTF_8), PURPOSE, version));
    }

    /** Whether {@code signature} is this key's for the entry; false for a missing or malformed one. */
    public boolean verifies(String version, String labelLine, String signature) {
        if (version == null || labelLine == null || signature == null) {
            return false;
        }
        try {
            return hmac.verify(Base64.getUrlDecoder().decode(signature),
                    labelLine.getBytes(StandardCharsets.UTF_8), PURPOSE, version);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
