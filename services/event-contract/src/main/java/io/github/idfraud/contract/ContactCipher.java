package io.github.idfraud.contract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM envelope for consumer contact details. Output is {@code v2.<keyId>.<base64url(iv || ciphertext || tag)>},
 * sealed under the current key; the key id ({@link Hmac#keyId()} of the key) picks the key that opens it, so keys
 * rotate without downtime: envelopes sealed under a previous key open while that key is still configured, and never
 * once it is dropped. Envelopes of the first format ({@code v1.<...>}, no key id) open with any configured key. The
 * associated data (tenant and event id, or a Redis key) binds an envelope to its place: it cannot be replayed elsewhere.
 */
public final class ContactCipher {

    private static final String V1 = "v1.";
    private static final String V2 = "v2.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final String currentId;
    /** Key id to key, the current one first. */
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** @param base64Key base64 of exactly 32 random bytes (env {@code FRAUD_CONTACT_ENCRYPTION_KEY}) */
    public ContactCipher(String base64Key) {
        this(EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY, base64Key, List.of());
    }

    /**
     * @param settingName  what the operator sets the keys with, for error messages
     * @param currentKey   base64 of 32 random bytes: seals, and opens its own envelopes
     * @param previousKeys retired keys (same form) that still open envelopes during a rotation window
     */
    public ContactCipher(String settingName, String currentKey, List<String> previousKeys) {
        List<String> all = new ArrayList<>();
        all.add(currentKey);
        all.addAll(previousKeys);
        for (String base64 : all) {
            byte[] raw = decodeKey(settingName, base64);
            keys.putIfAbsent(new Hmac(raw).keyId(), new SecretKeySpec(raw, "AES"));
        }
        this.currentId = keys.keySet().iterator().next();
    }

    /** The id of the key that seals. */
    public String keyId() {
        return currentId;
    }

    /** How every envelope sealed under the current key begins, so a query can find those sealed under another. */
    public String currentKeyPrefix() {
        return V2 + currentId + ".";
    }

    /** The key id an envelope names; empty for a first-format envelope or anything else. */
    public static Optional<String> keyIdOf(String envelope) {
        if (envelope == null || !envelope.startsWith(V2)) {
            return Optional.empty();
        }
        int dot = envelope.indexOf('.', V2.length());
        return dot < 0 ? Optional.empty() : Optional.of(envelope.substring(V2.length(), dot));
    }

    public String encrypt(String plaintext, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return V2 + currentId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * @throws IllegalArgumentException when the envelope is malformed, tampered with, bound to other associated data,
     *                                  or sealed under a key that is not configured (a retired one)
     */
    public String decrypt(String envelope, String associatedData) {
        if (envelope != null && envelope.startsWith(V2)) {
            String keyId = keyIdOf(envelope).orElseThrow(() -> new IllegalArgumentException("malformed v2 contact envelope"));
            SecretKey key = keys.get(keyId);
            if (key == null) {
                throw new IllegalArgumentException("contact envelope sealed under a key that is not configured (retired or unknown)");
            }
            return open(key, envelope.substring(V2.length() + keyId.length() + 1), associatedData);
        }
        if (envelope == null || !envelope.startsWith(V1)) {
            throw new IllegalArgumentException("not a contact envelope");
        }
        IllegalArgumentException last = null;
        for (SecretKey key : keys.values()) {
            try {
                return open(key, envelope.substring(V1.length()), associatedData);
            } catch (IllegalArgumentException e) {
                last = e;
            }
        }
        throw last;
    }

    private static String open(SecretKey key, String body, String associatedData) {
        try {
            byte[] in = Base64.getUrlDecoder().decode(body);
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                throw new IllegalArgumentException("truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("contact envelope cannot be opened: " + e.getClass().getSimpleName(), e);
        }
    }

    private static byte[] decodeKey(String settingName, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(settingName + " must be base64 of 32 bytes", e);
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException(settingName + " must be base64 of 32 bytes, got " + raw.length + " bytes");
        }
        return raw;
    }
}
