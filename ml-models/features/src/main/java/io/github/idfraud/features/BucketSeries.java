package io.github.idfraud.features;

import java.util.Arrays;

/** Sparse event-time buckets of one metric at one granularity, ascending by bucket number. */
final class BucketSeries {

    private long[] buckets;
    private long[] values;
    private int size;

    BucketSeries() {
        this(4);
    }

    BucketSeries(int capacity) {
        buckets = new long[Math.max(capacity, 1)];
        values = new long[Math.max(capacity, 1)];
    }

    int size() {
        return size;
    }

    long bucketAt(int i) {
        return buckets[i];
    }

    long valueAt(int i) {
        return values[i];
    }

    /** For decoding: entries must come in ascending bucket order. */
    void append(long bucket, long value) {
        grow();
        buckets[size] = bucket;
        values[size] = value;
        size++;
    }

    void add(long bucket, long amount) {
        int i = Arrays.binarySearch(buckets, 0, size, bucket);
        if (i >= 0) {
            values[i] += amount;
            return;
        }
        int at = -i - 1;
        grow();
        System.arraycopy(buckets, at, buckets, at + 1, size - at);
        System.arraycopy(values, at, values, at + 1, size - at);
        buckets[at] = bucket;
        values[at] = amount;
        size++;
    }

    /** Sum of the buckets {@code from..to}, both inclusive. */
    long sum(long from, long to) {
        long s = 0;
        for (int i = size - 1; i >= 0 && buckets[i] >= from; i--) {
            if (buckets[i] <= to) {
                s += values[i];
            }
        }
        return s;
    }

    /** Drops every bucket older than {@code keep} buckets behind the newest. */
    void prune(int keep) {
        if (size > 0) {
            dropBefore(buckets[size - 1] - keep + 1);
        }
    }

    /** Drops every bucket before {@code oldestKept}. */
    void dropBefore(long oldestKept) {
        int first = 0;
        while (first < size && buckets[first] < oldestKept) {
            first++;
        }
        if (first > 0) {
            System.arraycopy(buckets, first, buckets, 0, size - first);
            System.arraycopy(values, first, values, 0, size - first);
            size -= first;
        }
    }

    private void grow() {
        if (size == buckets.length) {
            buckets = Arrays.copyOf(buckets, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
    }
}
