package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.contract.EnvironmentVariables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.IdentityKeys;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the case service can reach the real person an alert is about. The contact details of a low-risk event
 * (ALLOW) are remembered, sealed with AES-GCM under the person's pseudonymised national ID and customer, first
 * value wins: a later change, maybe a fraudster's, never replaces them. An alert then carries the remembered
 * details (for a contact change: the PREVIOUS address from the event), never contact details a risky event
 * brought along, so "Was this you?" goes to the victim, not to the fraudster.
 */
@ApplicationScoped
public class ContactVault {

    private static final long TTL_SECONDS = 400L * 24 * 3600;

    private final Redis redis;
    private final ContactCipher cipher;
    private final ObjectMapper json = ContractJson.newMapper();

    ContactVault(Redis redis, ScoringConfig config) {
        this.redis = redis;
        this.cipher = new ContactCipher(config.contactEncryptionKey().orElseThrow(() -> new IllegalStateException(
                EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY + " is required (base64 of 32 bytes)")));
    }

    /** Requests that remember this event's contact details, for an event that was ALLOWed. */
    public List<Request> remember(Event event, IdentityKeys ids) {
        var identity = event.identity();
        if (identity == null || (identity.email() == null && identity.phone() == null)) {
            return List.of();
        }
        String plain = write(new ContactDetails(identity.firstName(), identity.email(), identity.phone()));
        List<Request> requests = new ArrayList<>(2);
        for (IdentifierKind kind : new IdentifierKind[] {IdentifierKind.NATIONAL_ID, IdentifierKind.CUSTOMER}) {
            if (ids.has(kind)) {
                String key = key(kind, ids.get(kind));
                requests.add(Request.cmd(Command.SET).arg(key).arg(cipher.encrypt(plain, key)).arg("NX").arg("EX").arg(TTL_SECONDS));
            }
        }
        return requests;
    }

    /** The contact to put on an alert about {@code event}, or null when nobody safe to write to is known. */
    public Future<ContactDetails> recall(Event event, IdentityKeys ids) {
        List<String> keys = new ArrayList<>(2);
        if (event.type() != EventType.ACCOUNT_OPENING && ids.has(IdentifierKind.CUSTOMER)) {
            keys.add(key(IdentifierKind.CUSTOMER, ids.get(IdentifierKind.CUSTOMER)));
        }
        if (ids.has(IdentifierKind.NATIONAL_ID)) {
            keys.add(key(IdentifierKind.NATIONAL_ID, ids.get(IdentifierKind.NATIONAL_ID)));
        }
        Future<ContactDetails> remembered = keys.isEmpty() ? Future.succeededFuture(null) : firstFound(keys, 0);
        return remembered.map(known -> withPreviousValue(event, known));
    }

    private Future<ContactDetails> firstFound(List<String> keys, int index) {
        if (index >= keys.size()) {
            return Future.succeededFuture(null);
        }
        String key = keys.get(index);
        return redis.send(Request.cmd(Command.GET).arg(key)).compose((Response reply) -> reply == null
                ? firstFound(keys, index + 1)
                : Future.succeededFuture(read(cipher.decrypt(reply.toString(), key))));
    }

    /** For a contact change, the address being replaced is where the owner still reads their mail. */
    private static ContactDetails withPreviousValue(Event event, ContactDetails known) {
        var change = event.contactChange();
        if (event.type() != EventType.CONTACT_CHANGE || change == null || change.oldValue() == null) {
            return known;
        }
        String firstName = known == null ? null : known.firstName();
        String email = known == null ? null : known.email();
        String phone = known == null ? null : known.phone();
        if (change.field() == ContactField.EMAIL) {
            email = change.oldValue();
        } else if (change.field() == ContactField.PHONE) {
            phone = change.oldValue();
        }
        return new ContactDetails(firstName, email, phone);
    }

    static String key(IdentifierKind kind, String pseudonym) {
        return RedisKeys.contact(kind.code(), pseudonym);
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
