package io.github.idfraud.features;

import io.github.idfraud.contract.RedisKeys;

/**
 * The Redis key of an identifier's value: {@code <prefix>{<kind>:<pseudonym>}:s:<keyId>}. The braces keep it in one
 * Cluster slot, {@code :s} sets it apart from ADR 0001's layout, and the id of the pseudonymisation key that made the
 * pseudonym lets the re-key tool find every value of a retired key by its name alone, reading no value. Values written
 * before key ids ({@code ...}:s}, "unversioned") are moved like a retired key's during the first rotation window.
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

    static String unversioned(String prefix, IdentifierKind kind, String pseudonym) {
        return RedisKeys.identifierState(prefix, kind.code(), pseudonym);
    }

    /** The SCAN pattern of every identifier value under {@code prefix}, whatever its key id. */
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
