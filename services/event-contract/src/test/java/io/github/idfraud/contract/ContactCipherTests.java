package io.github.idfraud.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ContactCipherTests {

    private static String key(int fill) {
        byte[] raw = new byte[32];
        java.util.Arrays.fill(raw, (byte) fill);
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void roundTripsAndHidesThePlaintext() {
        var cipher = new ContactCipher(key(7));
        String sealed = cipher.encrypt("{\"email\":\"jo@example.com\"}", "bank-a/evt-1");
        assertThat(sealed).startsWith("v2." + cipher.keyId() + ".").doesNotContain("jo@example.com");
        assertThat(cipher.decrypt(sealed, "bank-a/evt-1")).isEqualTo("{\"email\":\"jo@example.com\"}");
    }

    @Test
    void refusesAnotherKeyOrAnotherAlert() {
        String sealed = new ContactCipher(key(7)).encrypt("secret", "bank-a/evt-1");
        assertThatThrownBy(() -> new ContactCipher(key(8)).decrypt(sealed, "bank-a/evt-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactCipher(key(7)).decrypt(sealed, "bank-b/evt-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> new ContactCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void aRotationOpensTheOldKeysEnvelopesDuringTheWindowAndNoneOnceTheKeyIsRetired() {
        var before = new ContactCipher(key(7));
        String sealedBefore = before.encrypt("old", "bank-a/evt-1");
        var during = new ContactCipher("FRAUD_CONTACT_ENCRYPTION_KEY", key(8), List.of(key(7)));
        String sealedDuring = during.encrypt("new", "bank-a/evt-2");
        var after = new ContactCipher(key(8));

        assertThat(during.keyId()).isNotEqualTo(before.keyId());
        assertThat(ContactCipher.keyIdOf(sealedDuring)).contains(during.keyId());
        assertThat(during.decrypt(sealedBefore, "bank-a/evt-1")).isEqualTo("old");
        assertThat(during.decrypt(sealedDuring, "bank-a/evt-2")).isEqualTo("new");
        assertThat(after.decrypt(sealedDuring, "bank-a/evt-2")).isEqualTo("new");
        assertThatThrownBy(() -> after.decrypt(sealedBefore, "bank-a/evt-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inEachStepOfARotationEveryReplicaOpensWhatAnyReplicaSealed() {
        var before = new ContactCipher(key(7));
        var accepting = new ContactCipher("FRAUD_CONTACT_ENCRYPTION_KEY", key(7), List.of(key(8)));
        var switched = new ContactCipher("FRAUD_CONTACT_ENCRYPTION_KEY", key(8), List.of(key(7)));
        for (List<ContactCipher> replicas : List.of(List.of(before, accepting), List.of(accepting, switched))) {
            for (ContactCipher sealer : replicas) {
                String sealed = sealer.encrypt("contact", "bank-a/evt-9");
                for (ContactCipher opener : replicas) {
                    assertThat(opener.decrypt(sealed, "bank-a/evt-9")).isEqualTo("contact");
                }
            }
        }
    }

    @Test
    void anEnvelopeOfARetiredKeyNamesNoKeyThatOpensIt() {
        String sealedBefore = new ContactCipher(key(7)).encrypt("old", "bank-a/evt-1");
        var after = new ContactCipher("FRAUD_CONTACT_ENCRYPTION_KEY", key(8), List.of());
        assertThatThrownBy(() -> after.decrypt(sealedBefore, "bank-a/evt-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not configured");
    }

    @Test
    void firstFormatEnvelopesStillOpenWithTheCurrentOrAPreviousKey() {
        String v1 = firstFormat(7, "legacy", "bank-a/evt-1");
        assertThat(new ContactCipher(key(7)).decrypt(v1, "bank-a/evt-1")).isEqualTo("legacy");
        assertThat(new ContactCipher("FRAUD_CONTACT_ENCRYPTION_KEY", key(8), List.of(key(7))).decrypt(v1, "bank-a/evt-1"))
                .isEqualTo("legacy");
        assertThatThrownBy(() -> new ContactCipher(key(8)).decrypt(v1, "bank-a/evt-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTruncatedOrTamperedEnvelopeIsRefusedNotCrashed() {
        var cipher = new ContactCipher(key(7));
        String sealed = cipher.encrypt("secret", "bank-a/evt-1");
        assertThatThrownBy(() -> cipher.decrypt(sealed.substring(0, 20), "bank-a/evt-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed.substring(0, sealed.length() - 2) + "AA", "bank-a/evt-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt("v2.nodot", "bank-a/evt-1")).isInstanceOf(IllegalArgumentException.class);
    }

    /** An envelope as the first release sealed it: {@code v1.} and no key id. */
    private static String firstFormat(int fill, String plaintext, String associatedData) {
        try {
            byte[] iv = new byte[12];
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(key(fill)), "AES"),
                    new GCMParameterSpec(128, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
