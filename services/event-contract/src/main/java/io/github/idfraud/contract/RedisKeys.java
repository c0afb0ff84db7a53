package io.github.idfraud.contract;

import java.util.List;

/**
 * The layout of the Redis keys outside the feature engine's own values, written once for the services that own them
 * and the tools that clean them up. Every key wraps its variable part in a hash tag, so one key's reads and writes
 * stay in one Redis Cluster slot. Stream names are in {@link StreamNames}.
 */
public final class RedisKeys {

    /** Default prefix of the feature engine's identifier values ({@link #identifierStateBucket}). */
    public static final String FEATURE_PREFIX = "ff:";

    private static final String EVENT_RECORD = "ev:";
    private static final String CONTACT = "ct:";
    private static final String VERIFIED_CONTACT = "ctv:";
    private static final String CONTACT_HOLDERS = "cth:";
    private static final String BENCH_BASELINE = "bench-baseline:";
    private static final String RULE_SET = "rules:";
    private static final String RULE_AUDIT = "rules-audit:";
    private static final String RULE_VERSIONS = "rules-versions";
    private static final String STREAM_APPENDED = ":appended:";
    /** What follows a bucket's hash tag before its key id. */
    public static final String IDENTIFIER_STATE_BUCKET = ":h";

    private RedisKeys() {
    }

    /**
     * The name of the feature engine's value of one pseudonymised identifier ({@code <prefix>{<kind code>:<pseudonym>}:s}).
     * Since ADR 0015 the value is a field of a bucket ({@link #identifierStateBucket}) named by this minus the prefix;
     * before, it was a string key of this name (braces for its Cluster slot, ":s" apart from ADR 0001's layout), which
     * the erasure still deletes.
     */
    public static String identifierState(String prefix, String identifierKindCode, String pseudonym) {
        return prefix + "{" + identifierKindCode + ":" + pseudonym + "}:s";
    }

    /**
     * The same value named after the id of the pseudonymisation key that made the pseudonym (the layout since key
     * rotation; the form without it is what was written before, moved during the first rotation window).
     */
    public static String identifierState(String prefix, String identifierKindCode, String pseudonym,
                                         String pseudonymisationKeyId) {
        return identifierState(prefix, identifierKindCode, pseudonym) + ":" + pseudonymisationKeyId;
    }

    /**
     * One bucket of identifier values (ADR 0015): a hash whose fields are the values of identifiers pseudonymised under
     * one key ({@code <kind code>:<pseudonym>}), named after that key's id (null: values named before key ids), so the
     * re-key tool deletes a retired key's values by bucket name. The bucket number is the hash tag: buckets spread over
     * a Redis Cluster's slots, and each commit names one.
     */
    public static String identifierStateBucket(String prefix, int bucket, String pseudonymisationKeyId) {
        return prefix + "{" + bucket + "}" + IDENTIFIER_STATE_BUCKET
                + (pseudonymisationKeyId == null ? "" : ":" + pseudonymisationKeyId);
    }

    /**
     * The number of buckets the identifier values under {@code prefix} are spread over, as the first pod wrote it: a
     * pod configured with another count would find none of them, so it stays unready (ADR 0015).
     */
    public static String identifierStateBucketCount(String prefix) {
        return prefix + "state-buckets";
    }

    /**
     * Held by the replica whose turn it is to walk the buckets under {@code prefix} for dead values: one walk per period
     * for the deployment rather than one per replica (ADR 0015).
     */
    public static String identifierStateSweepTurn(String prefix) {
        return prefix + "sweep-turn";
    }

    /** The SCAN pattern of every bucket of identifier values under {@code prefix}, whatever its key id. */
    public static String identifierStateBuckets(String prefix) {
        return prefix + "{*}" + IDENTIFIER_STATE_BUCKET + "*";
    }

    /** A scored event's idempotency record and stored answer, by its event reference (an HMAC of tenant and id). */
    public static String eventRecord(String eventReference) {
        return EVENT_RECORD + "{" + eventReference + "}";
    }

    /**
     * The first contact vault's sealed contact for one pseudonymised identifier (written from any allowed event; no
     * longer written or read since ADR 0009, kept so operators can find and delete what is left).
     */
    public static String legacyContact(String identifierKindCode, String pseudonym) {
        return CONTACT + "{" + identifierKindCode + ":" + pseudonym + "}";
    }

    /**
     * The marker that one message (named by a digest, never by raw data) is already on {@code stream}, holding its
     * entry id: it makes a retried append a no-op. Hash-tagged with the stream's name, so the append script's keys
     * share the stream's slot.
     */
    public static String streamAppended(String stream, String messageDigest) {
        return "{" + stream + "}" + STREAM_APPENDED + messageDigest;
    }

    /**
     * A customer's verified contacts (a hash: the current one, the one it replaced, when each was verified), named
     * after the id of the pseudonymisation key that made the pseudonym, so the re-key tool finds a retired key's
     * entries by name.
     */
    public static String verifiedContact(String customerPseudonym, String pseudonymisationKeyId) {
        return verifiedContact(customerPseudonym) + ":" + pseudonymisationKeyId;
    }

    /** A customer's verified contacts as named before key ids: read during the first rotation window, then deleted. */
    public static String verifiedContact(String customerPseudonym) {
        return VERIFIED_CONTACT + "{" + customerPseudonym + "}";
    }

    /**
     * The verified customers holding one national ID at any bank (a sorted set: customer pseudonym by customer-since
     * day), named after the pseudonymisation key id as {@link #verifiedContact(String, String)} is.
     */
    public static String contactHolders(String nationalIdPseudonym, String pseudonymisationKeyId) {
        return contactHolders(nationalIdPseudonym) + ":" + pseudonymisationKeyId;
    }

    /** The holders of a national ID as named before key ids. */
    public static String contactHolders(String nationalIdPseudonym) {
        return CONTACT_HOLDERS + "{" + nationalIdPseudonym + "}";
    }

    /** SCAN patterns of the verified-contact vault's keys, whatever their key id: the re-key tool walks them. */
    public static List<String> vaultPatterns() {
        return List.of(VERIFIED_CONTACT + "{*", CONTACT_HOLDERS + "{*");
    }

    /**
     * A tenant's own rule set (a hash: {@code version}, {@code set}); its audit trail ({@link #ruleAudit}) shares the
     * hash tag, so one script changes both. {@code prefix} is empty in production (tests isolate themselves with it).
     */
    public static String ruleSet(String prefix, String tenant) {
        return prefix + RULE_SET + "{" + tenant + "}";
    }

    /** A tenant's rule-change audit trail: a list of JSON entries, oldest first. */
    public static String ruleAudit(String prefix, String tenant) {
        return prefix + RULE_AUDIT + "{" + tenant + "}";
    }

    /** One hash, tenant -> rule-set version, that every replica polls to pick up rule changes. */
    public static String ruleVersions(String prefix) {
        return prefix + RULE_VERSIONS;
    }

    /** The benchmark baseline endpoint's one key per tenant. */
    public static String benchBaseline(String tenant) {
        return BENCH_BASELINE + tenant;
    }
}
