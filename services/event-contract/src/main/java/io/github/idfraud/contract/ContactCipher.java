package io.github.idfraud.contract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM envelope for consumer contact details crossing Redis. Output is
 * {@code v1.<base64url(iv || ciphertext || tag)>}; the version prefix leaves room for key rotation.
 * The tenant and event id are bound as associated data, so an envelope cannot be replayed onto another alert.
 */
public final class ContactCipher {

    private static final String PREFIX = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** @param base64Key base64 of exactly 32 random bytes (env {@code FRAUD_CONTACT_ENCRYPTION_KEY}) */
    public ContactCipher(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("contact encryption key must be base64 of 32 bytes", e);
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("contact encryption key must be base64 of 32 bytes, got " + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String encrypt(String plaintext, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws IllegalArgumentException when the envelope is malformed, tampered with or sealed under another key */
    public String decrypt(String envelope, String associatedData) {
        if (envelope == null || !envelope.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a v1 contact envelope");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(envelope.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("contact envelope cannot be opened: " + e.getClass().getSimpleName(), e);
        }
    }
}
