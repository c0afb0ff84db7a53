package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.IdentifierNormaliser;
import io.github.idfraud.features.IdentifierStateReport;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.redis.ContactStore;
import io.github.idfraud.scoring.redis.PersonalKeys;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A data subject's rights over what the scoring service keeps in Redis about them (docs/operations.md, "Data-subject
 * requests"). Only this service holds the pseudonymisation key: it turns the person's identifiers into the pseudonyms
 * under which everything is kept, and answers them, so the case service can find its part by the same pseudonyms.
 * Kept per identifier: the feature engine's value (and a pre-ADR-0009 sealed contact); per customer: the verified
 * contacts; per national ID: the customers holding it.
 */
@Singleton
public class DataSubjects {

    private static final Logger LOG = Logger.getLogger(DataSubjects.class);

    /** The person, by any of their identifiers; a customer id is a bank's own, so it needs the bank (tenant). */
    public record Subject(String tenant, String email, String phone, String nationalId, String customerId) {
    }

    /** A pseudonym by the kind's name on alerts and cases (e.g. {@code nationalId}). */
    public record Pseudonym(String kind, String pseudonym) {
    }

    /** The feature engine's value of one identifier, readable. */
    public record IdentifierHistory(String kind, String pseudonym, long expiresInSeconds, Map<String, Object> history) {
    }

    public record Contact(ContactDetails details, Instant verifiedAt) {
    }

    /** What the customer's bank verified: the current contact and the one it replaced. */
    public record VerifiedContacts(Contact current, Contact previous, LocalDate customerSince) {
    }

    /** A customer (at some bank) holding the national ID, and since when their bank has known them. */
    public record Holder(String customerPseudonym, LocalDate customerSince) {
    }

    public record Export(List<Pseudonym> pseudonyms, List<IdentifierHistory> identifiers,
                         VerifiedContacts verifiedContacts, List<Holder> nationalIdHolders) {
    }

    public record Erasure(List<Pseudonym> pseudonyms, long keysDeleted) {
    }

    private final IdentifierNormaliser normaliser = new IdentifierNormaliser();
    private final Pseudonymiser pseudonymiser;
    private final PersonalKeys keys;
    private final ContactStore contacts;
    private final String featurePrefix;
    private final StateBuckets buckets;

    DataSubjects(Pseudonymiser pseudonymiser, PersonalKeys keys, ContactStore contacts, ScoringConfig config,
                 StateBuckets buckets) {
        this.pseudonymiser = pseudonymiser;
        this.keys = keys;
        this.contacts = contacts;
        this.featurePrefix = config.featureKeyPrefix();
        this.buckets = buckets;
    }

    /** The person's pseudonyms, as the feature engine computes them from the same identifiers on events. */
    public Map<IdentifierKind, String> pseudonymise(Subject subject) {
        Map<IdentifierKind, String> pseudonyms = new EnumMap<>(IdentifierKind.class);
        put(pseudonyms, subject, IdentifierKind.NATIONAL_ID, normaliser.nationalId(subject.nationalId()));
        put(pseudonyms, subject, IdentifierKind.EMAIL, normaliser.email(subject.email()));
        put(pseudonyms, subject, IdentifierKind.PHONE, normaliser.phone(subject.phone(), null));
        put(pseudonyms, subject, IdentifierKind.CUSTOMER, normaliser.plain(subject.customerId()));
        return pseudonyms;
    }

    public Uni<Export> export(Subject subject) {
        Map<IdentifierKind, String> pseudonyms = pseudonymise(subject);
        List<Uni<IdentifierHistory>> histories = pseudonyms.entrySet().stream()
                .map(p -> keys.readStateValue(buckets, RedisKeys.identifierState(featurePrefix, p.getKey().code(),
                                p.getValue(), keyId()))
                        .map(stored -> stored == null ? null : new IdentifierHistory(p.getKey().jsonName(), p.getValue(),
                                stored.expiresInSeconds(), IdentifierStateReport.describe(stored.value()))))
                .toList();
        Uni<List<IdentifierHistory>> identifiers = Uni.join().all(histories).andFailFast()
                .map(list -> list.stream().filter(h -> h != null).toList());
        String customer = pseudonyms.get(IdentifierKind.CUSTOMER);
        Uni<VerifiedContacts> verified = customer == null ? Uni.createFrom().nullItem()
                : contacts.verified(subject.tenant(), contacts.storedContactPlaces(customer)).map(DataSubjects::readable);
        Uni<List<Holder>> holders = nationalIdOf(pseudonyms).flatMap(nationalId -> nationalId == null
                ? Uni.createFrom().item(List.<Holder>of())
                : keys.members(RedisKeys.contactHolders(nationalId, keyId())).map(members -> members.entrySet().stream()
                        .map(m -> new Holder(m.getKey(), LocalDate.ofEpochDay(m.getValue()))).toList()));
        return Uni.combine().all().unis(identifiers, verified, holders).asTuple().map(all -> {
            LOG.infof("data-subject export: %d identifiers, %d with history", pseudonyms.size(), all.getItem1().size());
            return new Export(named(pseudonyms), all.getItem1(), all.getItem2(), all.getItem3());
        });
    }

    /**
     * Deletes every key about the person, and takes their customer out of the holders of the national ID their bank
     * gave (when the request did not name the national ID itself). Running it again deletes nothing more.
     */
    public Uni<Erasure> erase(Subject subject) {
        Map<IdentifierKind, String> pseudonyms = pseudonymise(subject);
        List<String> doomed = new ArrayList<>();
        List<String> values = new ArrayList<>();
        pseudonyms.forEach((kind, pseudonym) -> {
            // The value in its bucket (ADR 0015), and the string keys written before it, under the current key's id or
            // from before key ids: not read since, left to expire, but not kept after an erasure.
            String name = RedisKeys.identifierState(featurePrefix, kind.code(), pseudonym, keyId());
            values.add(name);
            doomed.add(name);
            doomed.add(RedisKeys.identifierState(featurePrefix, kind.code(), pseudonym));
            doomed.add(RedisKeys.legacyContact(kind.code(), pseudonym));
        });
        String customer = pseudonyms.get(IdentifierKind.CUSTOMER);
        String nationalId = pseudonyms.get(IdentifierKind.NATIONAL_ID);
        if (nationalId != null) {
            doomed.add(RedisKeys.contactHolders(nationalId, keyId()));
            doomed.add(RedisKeys.contactHolders(nationalId));
        }
        Uni<Boolean> leaveHolders = customer == null ? Uni.createFrom().item(false)
                : keys.field(RedisKeys.verifiedContact(customer, keyId()), "nid").flatMap(held -> held == null
                        ? Uni.createFrom().item(false)
                        : keys.removeMember(RedisKeys.contactHolders(held, keyId()), customer));
        if (customer != null) {
            doomed.add(RedisKeys.verifiedContact(customer, keyId()));
            doomed.add(RedisKeys.verifiedContact(customer));
        }
        return leaveHolders.flatMap(left -> Uni.combine().all().unis(keys.deleteStateValues(buckets, values),
                keys.delete(doomed)).asTuple().map(deleted -> {
            long changed = deleted.getItem1() + deleted.getItem2() + (left ? 1 : 0);
            LOG.infof("data-subject erasure: %d identifiers, %d keys deleted or changed", pseudonyms.size(), changed);
            return new Erasure(named(pseudonyms), changed);
        }));
    }

    /** The id of the pseudonymisation key the person's pseudonyms are made with: part of every key's name. */
    private String keyId() {
        return pseudonymiser.keyId();
    }

    /** The national ID given, else the one the customer's bank gave with the verified contact. */
    private Uni<String> nationalIdOf(Map<IdentifierKind, String> pseudonyms) {
        String nationalId = pseudonyms.get(IdentifierKind.NATIONAL_ID);
        String customer = pseudonyms.get(IdentifierKind.CUSTOMER);
        if (nationalId != null || customer == null) {
            return Uni.createFrom().item(nationalId);
        }
        return keys.field(RedisKeys.verifiedContact(customer, keyId()), "nid");
    }

    private static VerifiedContacts readable(ContactStore.VerifiedContacts kept) {
        return kept == null ? null : new VerifiedContacts(contact(kept.current(), kept.currentAt()),
                contact(kept.previous(), kept.previousAt()), kept.sinceDay() < 0 ? null : LocalDate.ofEpochDay(kept.sinceDay()));
    }

    private static Contact contact(ContactDetails details, long at) {
        return details == null ? null : new Contact(details, at < 0 ? null : Instant.ofEpochSecond(at));
    }

    private void put(Map<IdentifierKind, String> pseudonyms, Subject subject, IdentifierKind kind, String normalised) {
        if (normalised != null) {
            pseudonyms.put(kind, pseudonymiser.pseudonym(kind, subject.tenant(), normalised));
        }
    }

    private static List<Pseudonym> named(Map<IdentifierKind, String> pseudonyms) {
        return pseudonyms.entrySet().stream().map(p -> new Pseudonym(p.getKey().jsonName(), p.getValue())).toList();
    }
}
