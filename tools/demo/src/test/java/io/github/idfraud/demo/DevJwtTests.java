package io.github.idfraud.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DevJwtTests {

    @Test
    void tokensVerifyWithThePublishedKeyAndCarryTenantAndGroup() throws Exception {
        DevJwt jwt = new DevJwt();
        String token = jwt.token("bank-a", "ana@bank-a", "analyst");
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"tenant\":\"bank-a\"").contains("\"groups\":[\"analyst\"]").contains(DevJwt.ISSUER);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(jwt.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }
}
