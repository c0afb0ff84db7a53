package io.github.idfraud.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DevJwtTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void tokensVerifyWithThePublishedKeyAndCarryExactlyTheAnalystClaims() throws Exception {
        DevJwt jwt = new DevJwt();
        String token = jwt.token("bank-a", "ana@bank-a", "analyst");
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);

        JsonNode header = decode(parts[0]);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        JsonNode claims = decode(parts[1]);
        assertThat(claims.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("iss", "sub", "upn", "tenant", "groups", "iat", "exp");
        assertThat(claims.get("iss").asText()).isEqualTo(DevJwt.ISSUER);
        assertThat(claims.get("sub").asText()).isEqualTo("ana@bank-a");
        assertThat(claims.get("upn").asText()).isEqualTo("ana@bank-a");
        assertThat(claims.get("tenant").asText()).isEqualTo("bank-a");
        assertThat(claims.get("groups")).hasSize(1);
        assertThat(claims.get("groups").get(0).asText()).isEqualTo("analyst");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(8 * 3600);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(jwt.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    private JsonNode decode(String part) throws Exception {
        return json.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }
}
