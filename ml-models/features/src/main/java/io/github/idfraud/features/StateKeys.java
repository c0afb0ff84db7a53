package io.github.idfraud.features;

import io.github.idfraud.contract.RedisKeys;

/**
 * The name of an identifier's value: {@code <prefix>{<kind>:<pseudonym>}:s:<keyId>}, which the engine and its cache go
 * by; {@link StateBuckets} turns it into a bucket and a field in Redis (ADR 0015). The id of the pseudonymisation key
 * that made the pseudonym names the bucket, so the re-key tool finds every value of a retired key by name alone,
 * reading no value. Before ADR 0015 the name was a string key itself ({@code :s} set it apart from ADR 0001's layout,
 * and names without a key id came before key rotation): the re-key tool deletes those by {@link #pattern}.
 */
public final class StateKeys {

    private static final String STATE = "}:s";
    /** What follows the hash tag before the key id. */
    public static final String LAYOUT_SUFFIX = ":s";

    private StateKeys() {
    }

    static String of(String prefix, IdentifierKind kind, String pseudonym, String keyId) {
        return RedisKeys.identifierState(prefix, kind.code(), pseudonym, keyId);
    }

    /** The SCAN pattern of the string keys of identifier values written before ADR 0015, whatever their key id. */
    public static String pattern(String prefix) {
        return prefix + "{*" + STATE + "*";
    }

    /**
     * Whether {@code key}, a key whose hash tag is followed by {@code layoutSuffix} and then {@code :<keyId>} (or by
     * nothing more, written before key ids), was not made under {@code currentKeyId}: a retired key's, or unversioned.
     * Keys of another layout under the same pattern are never retired.
     */
    public static boolean retired(String key, String layoutSuffix, String currentKeyId) {
        int tag = key.lastIndexOf('}');
        if (tag < 0 || !key.startsWith(layoutSuffix, tag + 1)) {
            return false;
        }
        String rest = key.substring(tag + 1 + layoutSuffix.length());
        return rest.isEmpty() || rest.startsWith(":") && !rest.substring(1).equals(currentKeyId);
    }
}
