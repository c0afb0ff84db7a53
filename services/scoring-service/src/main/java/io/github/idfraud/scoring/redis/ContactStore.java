package io.github.idfraud.scoring.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Contact details kept per pseudonymised identifier, sealed with AES-GCM bound to their key (a value copied under
 * another key does not open), for 400 days; the first value wins. Which identifiers and when is the contact
 * vault's policy, not this class's.
 */
@ApplicationScoped
public class ContactStore {

    private static final long TTL_SECONDS = 400L * 24 * 3600;

    private final Redis redis;
    private final ContactCipher cipher;
    private final ObjectMapper json = ContractJson.newMapper();

    ContactStore(Redis redis, ScoringConfig config) {
        this.redis = redis;
        this.cipher = new ContactCipher(config.contactEncryptionKey().orElseThrow(() -> new IllegalStateException(
                EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY + " is required (base64 of 32 bytes)")));
    }

    /** Writes that keep {@code details} under each owner that has none yet, sent with the event's record. */
    public PendingWrites rememberFirst(List<ContactOwner> owners, ContactDetails details) {
        String plain = write(details);
        List<Request> requests = new ArrayList<>(owners.size());
        for (ContactOwner owner : owners) {
            String key = key(owner);
            requests.add(Request.cmd(Command.SET).arg(key).arg(cipher.encrypt(plain, key))
                    .arg("NX").arg("EX").arg(TTL_SECONDS));
        }
        return PendingWrites.of(requests);
    }

    /** The details kept under the first owner, in the given order, that has any; a null item when none has. */
    public Uni<ContactDetails> recallFirst(List<ContactOwner> owners) {
        return recallFrom(owners, 0);
    }

    private Uni<ContactDetails> recallFrom(List<ContactOwner> owners, int index) {
        if (index >= owners.size()) {
            return Uni.createFrom().nullItem();
        }
        String key = key(owners.get(index));
        return redis.send(Request.cmd(Command.GET).arg(key)).flatMap(reply -> reply == null
                ? recallFrom(owners, index + 1)
                : Uni.createFrom().item(read(cipher.decrypt(reply.toString(), key))));
    }

    private static String key(ContactOwner owner) {
        return RedisKeys.contact(owner.kind().code(), owner.pseudonym());
    }

    private String write(ContactDetails details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ContactDetails read(String plain) {
        try {
            return json.readValue(plain, ContactDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
