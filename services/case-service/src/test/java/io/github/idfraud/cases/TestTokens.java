package io.github.idfraud.cases;

import io.github.idfraud.cases.security.Analyst;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/** Bearer tokens signed with the test-only key (src/test/resources/test-jwt), as an identity provider would issue. */
final class TestTokens {

    static final String ISSUER = "https://idfraud.invalid/test-issuer";
    static final String AUDIENCE = "idfraud-case-service";

    private TestTokens() {
    }

    static String analyst(String tenant) {
        return token(tenant, "alice@" + tenant, Analyst.ANALYST);
    }

    static String supervisor(String tenant) {
        return token(tenant, "sam@" + tenant, Analyst.SUPERVISOR);
    }

    static String token(String tenant, String name, String group) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(name).groups(Set.of(group)).claim("tenant", tenant)
                .expiresIn(600).sign();
    }
}
