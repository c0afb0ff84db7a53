package io.github.idfraud.features;

/**
 * The Redis key of an identifier's value: {@code <prefix>{<kind>:<pseudonym>}:s:<keyId>}. The braces keep it in one
 * Cluster slot, {@code :s} sets it apart from ADR 0001's layout, and the id of the pseudonymisation key that made the
 * pseudonym lets the re-key tool find every value of a retired key by its name alone, reading no value. Values written
 * before key ids ({@code ...}:s}, "unversioned") are moved like a retired key's during the first rotation window.
 */
public final class StateKeys {

    private static final String STATE = "}:s";

    private StateKeys() {
    }

    static String of(String prefix, IdentifierKind kind, String pseudonym, String keyId) {
        return unversioned(prefix, kind, pseudonym) + ":" + keyId;
    }

    static String unversioned(String prefix, IdentifierKind kind, String pseudonym) {
        return prefix + "{" + kind.code() + ":" + pseudonym + STATE;
    }

    /** The SCAN pattern of every identifier value under {@code prefix}, whatever its key id. */
    public static String pattern(String prefix) {
        return prefix + "{*" + STATE + "*";
    }

    /** Whether {@code key} is an identifier value not made under {@code currentKeyId}: a retired key's, or unversioned. */
    public static boolean retired(String key, String currentKeyId) {
        int state = key.lastIndexOf(STATE);
        if (state < 0) {
            return false;
        }
        String rest = key.substring(state + STATE.length());
        return rest.isEmpty() || rest.startsWith(":") && !rest.substring(1).equals(currentKeyId);
    }
}
