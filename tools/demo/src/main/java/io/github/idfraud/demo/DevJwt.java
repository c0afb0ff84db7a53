package io.github.idfraud.demo;

import io.smallrye.jwt.build.Jwt;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

/**
 * A key pair made for this demo run only, and RS256 analyst tokens signed with it by SmallRye JWT; the case service
 * is given the public key, so no committed key is ever trusted. The tokens carry exactly the claims set here
 * ({@code META-INF/microprofile-config.properties} turns off the builder's default {@code jti}).
 */
final class DevJwt {

    static final String ISSUER = "https://demo.idfraud.local";
    private static final Duration LIFETIME = Duration.ofHours(8);

    private final KeyPair keys;

    DevJwt() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
    }

    /** The key the case service verifies tokens with. */
    PublicKey publicKey() {
        return keys.getPublic();
    }

    /** A token of {@code user} at {@code tenant} in {@code group} ({@code analyst}, {@code supervisor}), for 8 hours. */
    String token(String tenant, String user, String group) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .subject(user)
                .upn(user)
                .claim("tenant", tenant)
                .groups(group)
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .sign(keys.getPrivate());
    }
}
