package io.github.idfraud.cases.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Hmac;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The link-signing key rotates in the three steps docs/operations.md gives; at every step each replica, old or new,
 * honours every link any replica mailed, and after the last step no link signed with the retired key opens.
 */
class LinkSignerRotationTests {

    private static final Hmac OLD = new Hmac("old-link-signing-key-for-rotation-tests-01", "test");
    private static final Hmac NEW = new Hmac("new-link-signing-key-for-rotation-tests-02", "test");
    private static final Instant EXPIRES = Instant.parse("2030-01-01T00:00:00Z");

    private final LinkSigner before = new LinkSigner(OLD);
    /** Step 1: the new key is accepted everywhere before any replica signs with it. */
    private final LinkSigner accepting = new LinkSigner(OLD, List.of(NEW));
    /** Step 2: the new key signs, the old one is still accepted. */
    private final LinkSigner switched = new LinkSigner(NEW, List.of(OLD));
    /** Step 3: the old key is retired. */
    private final LinkSigner after = new LinkSigner(NEW);

    @Test
    void aTokenNamesItsKeyAndVerifiesWithIt() {
        UUID id = UUID.randomUUID();
        String token = switched.sign(id, EXPIRES);
        assertThat(token).startsWith(NEW.keyId() + ".");
        assertThat(after.verify(token)).contains(new LinkSigner.SignedLink(id, EXPIRES));
    }

    @Test
    void duringEachStepEveryReplicaHonoursEveryLinkAnyReplicaMailed() {
        List<List<LinkSigner>> replicasByStep = List.of(List.of(before, accepting), List.of(accepting, switched));
        for (List<LinkSigner> replicas : replicasByStep) {
            for (LinkSigner mailer : replicas) {
                String token = mailer.sign(UUID.randomUUID(), EXPIRES);
                for (LinkSigner verifier : replicas) {
                    assertThat(verifier.verify(token)).as("a link of one replica at another").isPresent();
                }
            }
        }
    }

    @Test
    void oldLinksOpenDuringTheWindowAndNoneOnceTheOldKeyIsRetired() {
        String mailedBefore = before.sign(UUID.randomUUID(), EXPIRES);
        String firstFormat = firstFormat(OLD, UUID.randomUUID());
        assertThat(switched.verify(mailedBefore)).isPresent();
        assertThat(switched.verify(firstFormat)).as("a link mailed before key ids").isPresent();
        assertThat(after.verify(mailedBefore)).isEmpty();
        assertThat(after.verify(firstFormat)).isEmpty();
    }

    @Test
    void aTokenClaimingAnotherKeyIdOrCarryingGarbageIsRefused() {
        String token = after.sign(UUID.randomUUID(), EXPIRES);
        assertThat(after.verify(OLD.keyId() + token.substring(token.indexOf('.')))).isEmpty();
        assertThat(after.verify("a.b.c.d")).isEmpty();
        assertThat(after.verify(NEW.keyId() + ".!!.??")).isEmpty();
    }

    /** A token as the release before key ids signed it: payload and signature only. */
    private static String firstFormat(Hmac key, UUID id) {
        byte[] payload = ByteBuffer.allocate(24).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).putLong(EXPIRES.getEpochSecond()).array();
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(payload) + "." + encoder.encodeToString(key.sign(payload, "answer-link-v1"));
    }
}
