package io.github.idfraud.simulator.legit;

import java.util.ArrayList;
import java.util.List;

/**
 * One contact detail over time. A day's events are generated in no particular time order, so a fraudster
 * acting at 10:00 must see the value of 10:00, not one the customer changed at 18:00 the same day.
 */
public final class ContactHistory<T> {

    private final List<Long> since = new ArrayList<>(2);
    private final List<T> values = new ArrayList<>(2);

    ContactHistory(T initial) {
        since.add(Long.MIN_VALUE);
        values.add(initial);
    }

    public T at(long t) {
        for (int i = since.size() - 1; i > 0; i--) {
            if (since.get(i) <= t) {
                return values.get(i);
            }
        }
        return values.get(0);
    }

    /** The newest value; changes are recorded in time order, so this is what the next change replaces. */
    T latest() {
        return values.get(values.size() - 1);
    }

    /** When the newest value took effect; {@link Long#MIN_VALUE} while the first value holds. */
    long lastChange() {
        return since.get(since.size() - 1);
    }

    void change(long t, T value) {
        if (t < since.get(since.size() - 1)) {
            throw new IllegalArgumentException("contact changes must be recorded in time order");
        }
        since.add(t);
        values.add(value);
    }
}
