package io.github.idfraud.cases.security;

import io.github.idfraud.contract.Hmac;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed answer-link tokens: {@code base64url(tokenId || expiresAtSeconds) "." base64url(HMAC-SHA256)}.
 * The signature makes tokens unguessable and unforgeable; single use is enforced by the database row of the token id.
 */
public final class LinkSigner {

    private static final String PURPOSE = "answer-link-v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Hmac hmac;

    public LinkSigner(Hmac hmac) {
        this.hmac = hmac;
    }

    /** What a valid token says; whether it is still unused is for the caller to check. */
    public record SignedLink(UUID tokenId, Instant expiresAt) {

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    public String sign(UUID tokenId, Instant expiresAt) {
        byte[] payload = ByteBuffer.allocate(24)
                .putLong(tokenId.getMostSignificantBits())
                .putLong(tokenId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond())
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(hmac.sign(payload, PURPOSE));
    }

    /** Empty when the token is malformed or its signature does not match. */
    public Optional<SignedLink> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (payload.length != 24 || !hmac.verify(signature, payload, PURPOSE)) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID id = new UUID(buffer.getLong(), buffer.getLong());
            return Optional.of(new SignedLink(id, Instant.ofEpochSecond(buffer.getLong())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
