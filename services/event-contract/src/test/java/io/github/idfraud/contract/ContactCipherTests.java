package io.github.idfraud.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
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
        assertThat(sealed).startsWith("v1.").doesNotContain("jo@example.com");
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
}
