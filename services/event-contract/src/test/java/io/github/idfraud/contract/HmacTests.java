package io.github.idfraud.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacTests {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private final Hmac hmac = new Hmac(SECRET, "TEST_KEY");

    @Test
    void signsThePrefixesEachEndedByAZeroByteThenTheMessage() throws Exception {
        Mac reference = Mac.getInstance("HmacSHA256");
        reference.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = reference.doFinal("link\0bank-a\0payload".getBytes(StandardCharsets.UTF_8));

        assertThat(hmac.sign(bytes("payload"), "link", "bank-a")).isEqualTo(expected);
    }

    @Test
    void aValueMadeForOnePurposeDoesNotVerifyForAnother() {
        byte[] signature = hmac.sign(bytes("payload"), "link");

        assertThat(hmac.verify(signature, bytes("payload"), "link")).isTrue();
        assertThat(hmac.verify(signature, bytes("payload"), "recipient")).isFalse();
        assertThat(hmac.verify(signature, bytes("payloaD"), "link")).isFalse();
    }

    @Test
    void aShortSecretIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new Hmac("too-short", "FRAUD_LINK_SIGNING_KEY"))
                .hasMessageContaining("FRAUD_LINK_SIGNING_KEY").hasMessageContaining("32");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aKeyIdIsStablePerKeyDiffersBetweenKeysAndIsNoSignatureAnyoneCouldReuse() {
        assertThat(hmac.keyId()).hasSize(8).matches("[A-Za-z0-9_-]+")
                .isEqualTo(new Hmac(SECRET, "TEST_KEY").keyId())
                .isNotEqualTo(new Hmac(SECRET.replace('0', 'x'), "TEST_KEY").keyId());
    }
}
