package io.github.idfraud.cases;

import io.github.idfraud.cases.security.Analyst;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Authorization headers for the fuzz tests: the fuzz tenant's analysts and supervisor, analysts of other banks, and
 * every kind of credential the API must refuse (401 or 403) whatever the request.
 */
final class FuzzTokens {

    /** An Authorization header value, or none ({@code header} null); {@code name} says which kind it is. */
    record Bearer(String name, String header) {
    }

    final Bearer analyst;
    final Bearer supervisor;
    /** An analyst of the fuzz tenant whom no generated request assigns: closing a case must be refused to her. */
    final Bearer unassignedAnalyst;
    /** Valid identities of other banks: a case of the fuzz tenant is 404 to each. */
    final List<Bearer> otherBanks;
    /** Each must be refused on every endpoint. */
    final List<Bearer> refused;

    FuzzTokens(String tenant, String otherTenant) {
        analyst = bearer("analyst", TestTokens.analyst(tenant));
        supervisor = bearer("supervisor", TestTokens.supervisor(tenant));
        unassignedAnalyst = bearer("unassigned analyst", TestTokens.token(tenant, "carol@" + tenant, Analyst.ANALYST));
        otherBanks = List.of(
                bearer("other bank's analyst", TestTokens.analyst(otherTenant)),
                bearer("other bank's supervisor", TestTokens.supervisor(otherTenant)),
                bearer("tenant claim a number", claims(tenant, Analyst.ANALYST).claim("tenant", 42).sign()),
                bearer("tenant claim a list", claims(tenant, Analyst.ANALYST).claim("tenant", List.of(tenant)).sign()));
        long now = Instant.now().getEpochSecond();
        String valid = TestTokens.analyst(tenant);
        refused = List.of(
                new Bearer("no Authorization header", null),
                new Bearer("empty bearer", "Bearer "),
                new Bearer("scheme only", "Bearer"),
                new Bearer("basic auth", "Basic ZnV6ejpmdXp6"),
                new Bearer("not a JWT", "Bearer not.a.jwt"),
                new Bearer("lower-case scheme, garbage", "bearer AAAA.BBBB.CCCC"),
                new Bearer("10 KB of garbage", "Bearer " + "A".repeat(10_000)),
                new Bearer("two tokens", "Bearer " + valid + " " + valid),
                bearer("expired", claims(tenant, Analyst.ANALYST).issuedAt(now - 900).expiresAt(now - 60).sign()),
                bearer("issued 20 minutes ago", claims(tenant, Analyst.ANALYST).issuedAt(now - 1200).expiresAt(now + 600)
                        .sign()),
                bearer("not yet valid", claims(tenant, Analyst.ANALYST).claim("nbf", now + 3600).sign()),
                bearer("another audience", Jwt.issuer(TestTokens.ISSUER).audience("some-other-service")
                        .upn("alice@" + tenant).groups(Set.of(Analyst.ANALYST)).claim("tenant", tenant).expiresIn(600).sign()),
                bearer("no audience", Jwt.issuer(TestTokens.ISSUER).upn("alice@" + tenant).groups(Set.of(Analyst.ANALYST))
                        .claim("tenant", tenant).expiresIn(600).sign()),
                bearer("another issuer", Jwt.issuer("https://evil.invalid/issuer").audience(TestTokens.AUDIENCE)
                        .upn("alice@" + tenant).groups(Set.of(Analyst.ANALYST)).claim("tenant", tenant).expiresIn(600).sign()),
                bearer("signed with another key", claims(tenant, Analyst.SUPERVISOR).sign(anotherKey())),
                bearer("HMAC-signed", claims(tenant, Analyst.SUPERVISOR).signWithSecret("x".repeat(64))),
                bearer("alg none", unsigned(valid)),
                bearer("signature cut short", valid.substring(0, valid.length() - 3)),
                bearer("payload changed, signature kept", withPayload(valid, payload(valid).replace(tenant, otherTenant)
                        .replace("\"analyst\"", "\"supervisor\""))),
                bearer("no tenant claim", Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                        .upn("alice@" + tenant).groups(Set.of(Analyst.ANALYST)).expiresIn(600).sign()),
                bearer("blank tenant claim", claims(tenant, Analyst.ANALYST).claim("tenant", " ").sign()),
                bearer("no groups", Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).upn("alice@" + tenant)
                        .claim("tenant", tenant).expiresIn(600).sign()),
                bearer("unknown group", claims(tenant, "admin").sign()),
                bearer("group in capitals", claims(tenant, "SUPERVISOR").sign()));
    }

    private static Bearer bearer(String name, String token) {
        return new Bearer(name, "Bearer " + token);
    }

    private static JwtClaimsBuilder claims(String tenant, String group) {
        return Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).upn("alice@" + tenant)
                .groups(Set.of(group)).claim("tenant", tenant).expiresIn(600);
    }

    private static PrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String withPayload(String jwt, String payload) {
        String[] parts = jwt.split("\\.");
        return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    /** The same claims under {@code "alg":"none"} and no signature. */
    private static String unsigned(String jwt) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload(jwt)) + ".";
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
