package io.github.idfraud.cases.security;

import io.github.idfraud.contract.Hmac;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed answer-link tokens: {@code keyId "." base64url(tokenId || expiresAtSeconds) "." base64url(HMAC-SHA256)}.
 * The signature makes tokens unguessable and unforgeable; single use is enforced by the database row of the token id.
 * Tokens are signed with the current key; the key id picks the key that verifies, so links mailed before a rotation
 * keep working while their key is configured as a previous one, and stop once it is dropped. Tokens of the first
 * format (no key id) verify with any configured key.
 */
public final class LinkSigner {

    private static final String PURPOSE = "answer-link-v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int PAYLOAD_BYTES = 24;

    private final Hmac current;
    /** Key id to key, the current one first. */
    private final Map<String, Hmac> keys = new LinkedHashMap<>();

    public LinkSigner(Hmac current) {
        this(current, List.of());
    }

    /** @param previous retired keys whose links are still honoured during a rotation window */
    public LinkSigner(Hmac current, List<Hmac> previous) {
        this.current = current;
        List<Hmac> all = new ArrayList<>();
        all.add(current);
        all.addAll(previous);
        all.forEach(key -> keys.putIfAbsent(key.keyId(), key));
    }

    /** What a valid token says; whether it is still unused is for the caller to check. */
    public record SignedLink(UUID tokenId, Instant expiresAt) {

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    public String sign(UUID tokenId, Instant expiresAt) {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(tokenId.getMostSignificantBits())
                .putLong(tokenId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond())
                .array();
        return current.keyId() + "." + ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(current.sign(payload, PURPOSE));
    }

    /** Empty when the token is malformed, its key is not configured, or its signature does not match. */
    public Optional<SignedLink> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        try {
            if (parts.length == 3) {
                Hmac key = keys.get(parts[0]);
                return key == null ? Optional.empty() : verified(List.of(key), parts[1], parts[2]);
            }
            return parts.length == 2 ? verified(keys.values(), parts[0], parts[1]) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<SignedLink> verified(Iterable<Hmac> candidates, String encodedPayload, String encodedSignature) {
        byte[] payload = DECODER.decode(encodedPayload);
        byte[] signature = DECODER.decode(encodedSignature);
        if (payload.length != PAYLOAD_BYTES) {
            return Optional.empty();
        }
        for (Hmac key : candidates) {
            if (key.verify(signature, payload, PURPOSE)) {
                ByteBuffer buffer = ByteBuffer.wrap(payload);
                UUID id = new UUID(buffer.getLong(), buffer.getLong());
                return Optional.of(new SignedLink(id, Instant.ofEpochSecond(buffer.getLong())));
            }
        }
        return Optional.empty();
    }
}
