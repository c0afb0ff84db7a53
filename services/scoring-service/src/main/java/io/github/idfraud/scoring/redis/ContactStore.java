package io.github.idfraud.scoring.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.config.SecretKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Banks' verified contacts, per pseudonymised customer: the current one and the one it replaced, each sealed with
 * AES-GCM under the vault key, which only the scoring service holds (the case service cannot open the vault), and bound
 * to its Redis key (a value copied under another key does not open) and with the second it was verified; and,
 * per pseudonymised national ID, the verified customers holding it at any bank, by the day each bank has known them.
 * Kept 400 days after the last refresh. Which contact an alert may use is the contact vault's policy, not this
 * class's.
 */
@Singleton
public class ContactStore {

    private static final long TTL_SECONDS = 400L * 24 * 3600;

    /**
     * KEYS[1] the customer's hash; ARGV sealed contact, its digest, verified-at second, TTL, national-ID pseudonym (or
     * empty), customer-since day. A refresh older than the current contact changes no contact; the same contact again
     * changes nothing (so periodic refreshes never push the previous contact out); a new one becomes current and the
     * current one previous. The customer-since day kept is the earliest given.
     */
    private static final String KEEP_SCRIPT = """
            local current_at = tonumber(redis.call('HGET', KEYS[1], 'curAt') or '-1')
            local at = tonumber(ARGV[3])
            if at >= current_at and redis.call('HGET', KEYS[1], 'curDigest') ~= ARGV[2] then
              local current = redis.call('HGET', KEYS[1], 'cur')
              if current then
                redis.call('HSET', KEYS[1], 'prev', current, 'prevAt', current_at)
              end
              redis.call('HSET', KEYS[1], 'cur', ARGV[1], 'curDigest', ARGV[2], 'curAt', at)
            end
            if ARGV[5] ~= '' then
              redis.call('HSET', KEYS[1], 'nid', ARGV[5])
            end
            local since = tonumber(redis.call('HGET', KEYS[1], 'since') or ARGV[6])
            redis.call('HSET', KEYS[1], 'since', math.min(since, tonumber(ARGV[6])))
            redis.call('EXPIRE', KEYS[1], ARGV[4])
            return 1
            """;

    /**
     * A customer's verified contacts as kept (either may be null), the pseudonym of the national ID their bank gave
     * (null when none) and the day their bank has known them since.
     */
    public record VerifiedContacts(ContactDetails current, long currentAt, ContactDetails previous, long previousAt,
                                   String nationalId, long sinceDay) {
    }

    private final Redis redis;
    private final ContactCipher cipher;
    private final UnreadableVaultEntries unreadable;
    private final String keyId;
    /** The retiring pseudonymisation key's id during a rotation window, else null. */
    private final String previousKeyId;
    private final ObjectMapper json = ContractJson.newMapper();

    ContactStore(Redis redis, ScoringConfig config, UnreadableVaultEntries unreadable, Pseudonymiser pseudonymiser) {
        this.redis = redis;
        this.cipher = SecretKeys.vaultCipher(config);
        this.unreadable = unreadable;
        this.keyId = pseudonymiser.keyId();
        this.previousKeyId = pseudonymiser.previous() == null ? null : pseudonymiser.previous().keyId();
    }

    /**
     * Where an entry of a pseudonym may be, first match wins: under the current key's name; during a rotation window
     * also under the former pseudonym (the retiring key's), named after the retiring key or, written before key ids,
     * after none. Entries are only read there, never moved (each is sealed bound to its name); the bank's next verified
     * refresh writes the person's entry under the current key.
     *
     * @param former the pseudonym under the retiring key, or null
     */
    private List<String> places(String pseudonym, String former, BiFunction<String, String, String> named,
                               Function<String, String> unversioned) {
        List<String> places = new ArrayList<>(3);
        places.add(named.apply(pseudonym, keyId));
        if (previousKeyId != null && former != null) {
            places.add(named.apply(former, previousKeyId));
            places.add(unversioned.apply(former));
        }
        return places;
    }

    /** The places of a customer's verified contacts ({@link #places}). */
    public List<String> contactPlaces(String customer, String former) {
        return places(customer, former, RedisKeys::verifiedContact, RedisKeys::verifiedContact);
    }

    /** The places of a national ID's holders ({@link #places}). */
    public List<String> holderPlaces(String nationalId, String former) {
        return places(nationalId, former, RedisKeys::contactHolders, RedisKeys::contactHolders);
    }

    /**
     * The places of the contacts of a customer pseudonym read from the vault itself (a holder): one found in a former
     * place is a former pseudonym, so every name is tried (no other key's pseudonym can take the same 96-bit name).
     */
    public List<String> storedContactPlaces(String customer) {
        return places(customer, customer, RedisKeys::verifiedContact, RedisKeys::verifiedContact);
    }

    /** The places of the holders of a national-ID pseudonym read from the vault itself, as {@link #storedContactPlaces}. */
    public List<String> storedHolderPlaces(String nationalId) {
        return places(nationalId, nationalId, RedisKeys::contactHolders, RedisKeys::contactHolders);
    }

    /**
     * Keeps a customer's verified contact.
     *
     * @param digest a keyed digest of the contact (its pseudonyms), to tell a refresh from a change without opening it
     */
    public Uni<Void> keepVerified(String customer, ContactDetails details, String digest, long verifiedAt,
                                  String nationalId, long customerSinceDay) {
        String key = RedisKeys.verifiedContact(customer, keyId);
        return redis.send(Request.cmd(Command.EVAL).arg(KEEP_SCRIPT).arg(1).arg(key)
                .arg(cipher.encrypt(write(details), key)).arg(digest).arg(verifiedAt).arg(TTL_SECONDS)
                .arg(nationalId == null ? "" : nationalId).arg(customerSinceDay)).replaceWithVoid();
    }

    /** Records that {@code customer}, known to its bank since {@code customerSinceDay}, holds the national ID. */
    public Uni<Void> addHolder(String nationalId, String customer, long customerSinceDay) {
        String key = RedisKeys.contactHolders(nationalId, keyId);
        // LT: the earliest day a bank gave stays, so a later refresh cannot make a customer look younger or older
        return redis.send(Request.cmd(Command.ZADD).arg(key).arg("LT").arg(customerSinceDay).arg(customer))
                .flatMap(added -> redis.send(Request.cmd(Command.EXPIRE).arg(key).arg(TTL_SECONDS))).replaceWithVoid();
    }

    /**
     * The customer holding the national ID whose bank has known them longest, if that is since {@code latestDay}; else
     * null. Read from the first of {@code places} ({@link #holderPlaces}) that names one.
     */
    public Uni<String> longestKnownHolder(List<String> places, long latestDay) {
        return redis.send(Request.cmd(Command.ZRANGEBYSCORE).arg(places.get(0)).arg("-inf")
                .arg(latestDay).arg("LIMIT").arg(0).arg(1))
                .map(reply -> reply == null || reply.size() == 0 ? null : reply.get(0).toString())
                .flatMap(holder -> holder != null || places.size() == 1 ? Uni.createFrom().item(holder)
                        : longestKnownHolder(places.subList(1, places.size()), latestDay));
    }

    /**
     * The customer's verified contacts; a null item when the bank never sent any. A sealed contact that does not open
     * is absent (and counted for {@code tenant}, whose event asked).
     */
    public Uni<VerifiedContacts> verified(String tenant, List<String> places) {
        String key = places.get(0);
        return redis.send(Request.cmd(Command.HMGET).arg(key).arg("cur").arg("curAt").arg("prev").arg("prevAt")
                        .arg("nid").arg("since"))
                .flatMap(reply -> {
                    if (reply == null || reply.get(0) == null) {
                        return places.size() == 1 ? Uni.createFrom().nullItem()
                                : verified(tenant, places.subList(1, places.size()));
                    }
                    return Uni.createFrom().item(new VerifiedContacts(open(tenant, reply.get(0), key), seconds(reply.get(1)),
                            open(tenant, reply.get(2), key), seconds(reply.get(3)),
                            reply.get(4) == null ? null : reply.get(4).toString(), seconds(reply.get(5))));
                });
    }

    private ContactDetails open(String tenant, Response sealed, String key) {
        if (sealed == null) {
            return null;
        }
        try {
            return read(cipher.decrypt(sealed.toString(), key));
        } catch (IllegalArgumentException unreadableEntry) {
            unreadable.record(tenant, unreadableEntry);
            return null;
        }
    }

    private static long seconds(Response value) {
        return value == null ? -1 : value.toLong();
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
            throw new IllegalArgumentException("vault entry holds no ContactDetails JSON");
        }
    }
}
