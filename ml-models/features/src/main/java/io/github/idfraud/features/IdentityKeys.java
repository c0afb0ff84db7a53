package io.github.idfraud.features;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pseudonyms of the identifiers an event carried, by kind. Safe to store and to put on the alert stream (only the
 * current key's pseudonyms are: {@link #asMap()} leaves the former ones out).
 */
public final class IdentityKeys {

    private final EnumMap<IdentifierKind, String> pseudonyms = new EnumMap<>(IdentifierKind.class);
    /** During a pseudonymisation-key rotation: the same identifiers' pseudonyms under the retiring key. */
    private final EnumMap<IdentifierKind, String> former = new EnumMap<>(IdentifierKind.class);

    void put(IdentifierKind kind, String pseudonym) {
        if (pseudonym != null) {
            pseudonyms.put(kind, pseudonym);
        }
    }

    void putFormer(IdentifierKind kind, String pseudonym) {
        former.put(kind, pseudonym);
    }

    /** The identifier's pseudonym under the retiring key during a rotation window, else null. Never stored. */
    public String former(IdentifierKind kind) {
        return former.get(kind);
    }

    public String get(IdentifierKind kind) {
        return pseudonyms.get(kind);
    }

    public boolean has(IdentifierKind kind) {
        return pseudonyms.containsKey(kind);
    }

    /** {@code nationalId -> pseudonym}, ... in kind order. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        pseudonyms.forEach((kind, value) -> map.put(kind.jsonName(), value));
        return map;
    }

    public static IdentityKeys fromMap(Map<String, String> map) {
        IdentityKeys keys = new IdentityKeys();
        for (IdentifierKind kind : IdentifierKind.values()) {
            keys.put(kind, map.get(kind.jsonName()));
        }
        return keys;
    }
}
