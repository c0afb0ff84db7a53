package io.github.idfraud.loadgen.chaos;

import io.github.idfraud.contract.AnalystRoles;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Stands in for the identity provider: a key pair of this run's, whose public half the case service is started with
 * (its API-only mode), and short-lived supervisor tokens signed with the private half.
 */
final class AnalystTokens {

    static final String ISSUER = "https://chaos.invalid/issuer";
    private static final String AUDIENCE = "idfraud-case-service";

    private final KeyPair keys;

    AnalystTokens() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }

    /** A supervisor of {@code tenant}, valid for five minutes (the service takes tokens at most 15 minutes old). */
    String supervisor(String tenant) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject("chaos-supervisor@" + tenant);
        claims.setClaim("upn", "chaos-supervisor@" + tenant);
        claims.setClaim("tenant", tenant);
        claims.setStringListClaim("groups", List.of(AnalystRoles.SUPERVISOR));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
