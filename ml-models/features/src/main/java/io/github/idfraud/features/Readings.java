package io.github.idfraud.features;

import java.util.HashMap;
import java.util.Map;

/** Raw script replies that need arithmetic with the event (times, positions) before they become features. */
final class Readings {

    private final Map<String, String> values = new HashMap<>();

    void put(String name, String value) {
        values.put(name, value);
    }

    /** The reply as a number, or {@code absent} when the script was not asked. */
    long number(String name, long absent) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? absent : Long.parseLong(v);
    }

    String text(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
