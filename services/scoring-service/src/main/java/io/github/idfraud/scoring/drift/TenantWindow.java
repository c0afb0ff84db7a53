package io.github.idfraud.scoring.drift;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.FeatureVector;

/**
 * One tenant's last {@code capacity} scored events, kept as counts: per event type, how many and how many alerted;
 * per reference column (score, features), how many fell in each bin. A ring of per-event slots says what to take
 * out when the oldest event leaves. Adding an event is a bin lookup and a few increments under the window's lock,
 * with no allocation; the gauges read the counts when Prometheus scrapes.
 */
final class TenantWindow {

    private static final EventType[] TYPES = EventType.values();

    private final ReferenceIndex reference;
    private final int capacity;
    private final int columns;
    private final byte[] types;
    private final boolean[] alerts;
    private final byte[] bins;
    private final int[][] binCounts;
    private final int[] eventsByType = new int[TYPES.length];
    private final int[] alertsByType = new int[TYPES.length];
    private int next;
    private int size;

    /** @param reference the champion's drift reference, or null: then only alert rates are kept */
    TenantWindow(int capacity, ReferenceIndex reference) {
        this.reference = reference;
        this.capacity = capacity;
        this.columns = reference == null ? 0 : reference.columns();
        this.types = new byte[capacity];
        this.alerts = new boolean[capacity];
        this.bins = new byte[capacity * columns];
        this.binCounts = new int[columns][];
        for (int c = 0; c < columns; c++) {
            binCounts[c] = new int[reference.binCount(c)];
        }
    }

    synchronized void add(EventType type, boolean alert, double score, FeatureVector features) {
        if (size == capacity) {
            evict(next);
        } else {
            size++;
        }
        int t = type.ordinal();
        types[next] = (byte) t;
        alerts[next] = alert;
        eventsByType[t]++;
        if (alert) {
            alertsByType[t]++;
        }
        int base = next * columns;
        for (int c = 0; c < columns; c++) {
            int bin = reference.bin(c, score, features);
            bins[base + c] = (byte) bin;
            binCounts[c][bin]++;
        }
        next = next + 1 == capacity ? 0 : next + 1;
    }

    private void evict(int slot) {
        int t = types[slot];
        eventsByType[t]--;
        if (alerts[slot]) {
            alertsByType[t]--;
        }
        int base = slot * columns;
        for (int c = 0; c < columns; c++) {
            binCounts[c][bins[base + c]]--;
        }
    }

    synchronized int size() {
        return size;
    }

    /** PSI of one reference column over the window, or NaN with fewer than {@code minEvents} events. */
    synchronized double psi(int column, int minEvents) {
        if (reference == null || column < 0 || size < Math.max(1, minEvents)) {
            return Double.NaN;
        }
        return PopulationStability.index(reference.shares(column), binCounts[column], size);
    }

    /** Share of this type's events in the window that became REVIEW or DECLINE; NaN when there were none. */
    synchronized double alertRate(EventType type) {
        int events = eventsByType[type.ordinal()];
        return events == 0 ? Double.NaN : (double) alertsByType[type.ordinal()] / events;
    }
}
