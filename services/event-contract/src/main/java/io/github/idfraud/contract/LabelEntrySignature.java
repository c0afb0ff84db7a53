package io.github.idfraud.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Authenticates the entries of the labels stream: the case service signs each one, the scoring service applies only
 * what verifies. A label moves shared windows (a fraud label on a device or an address counts for every bank), so an
 * entry written by anything else that can reach the stream must not count. Keyed by a key derived, for this purpose
 * alone, from the contact-encryption key both services hold; the signature covers the entry's version and its line.
 * During a rotation of that key an entry verifies under the current or a previous key, so replicas on either side of
 * the switch accept each other's labels.
 */
public final class LabelEntrySignature {

    private static final String PURPOSE = "label-entry";
    private static final byte[] DERIVATION = "idfraud labels stream signing key v1".getBytes(StandardCharsets.UTF_8);

    private final Hmac hmac;
    private final List<Hmac> accepted;

    private LabelEntrySignature(Hmac hmac, List<Hmac> previous) {
        this.hmac = hmac;
        this.accepted = new ArrayList<>(List.of(hmac));
        this.accepted.addAll(previous);
    }

    /** @param base64ContactKey the contact-encryption key as configured (base64 of 32 bytes) */
    public static LabelEntrySignature fromContactKey(String base64ContactKey) {
        return fromContactKeys(base64ContactKey, List.of());
    }

    /** Signs under the current contact key; verifies under it or any of the {@code previous} ones. */
    public static LabelEntrySignature fromContactKeys(String base64ContactKey, List<String> previous) {
        return new LabelEntrySignature(derived(base64ContactKey),
                previous.stream().map(LabelEntrySignature::derived).toList());
    }

    private static Hmac derived(String base64ContactKey) {
        byte[] contactKey = Base64.getDecoder().decode(base64ContactKey.trim());
        return new Hmac(new Hmac(contactKey).sign(DERIVATION, "derive"));
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
        byte[] mac;
        try {
            mac = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] line = labelLine.getBytes(StandardCharsets.UTF_8);
        return accepted.stream().anyMatch(key -> key.verify(mac, line, PURPOSE, version));
    }
}
