package io.github.idfraud.features;

import java.util.HashMap;
import java.util.Map;

/** Values read from identifier states that need arithmetic with the event (times, positions) before they become features. */
final class Readings {

    private final Map<String, Object> values = new HashMap<>();

    void put(String name, long value) {
        values.put(name, value);
    }

    void put(String name, String value) {
        values.put(name, value);
    }

    /** The reading as a number, or {@code absent} when nothing was read. */
    long number(String name, long absent) {
        return values.get(name) instanceof Long v ? v : absent;
    }

    String text(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
