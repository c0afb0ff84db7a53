package io.github.idfraud.features;

import java.util.Arrays;

/**
 * A capped set of members (32-bit hashes of pseudonyms, {@link IdentifierState#memberHash}, held in longs) with the
 * first and last time each was seen. When full, the member seen least recently makes room, so counts saturate at the
 * cap instead of growing without bound.
 */
final class MemberTimes {

    private long[] members;
    private long[] first;
    private long[] last;
    private int size;

    MemberTimes(int capacity) {
        members = new long[Math.max(capacity, 1)];
        first = new long[Math.max(capacity, 1)];
        last = new long[Math.max(capacity, 1)];
    }

    int size() {
        return size;
    }

    long memberAt(int i) {
        return members[i];
    }

    long firstAt(int i) {
        return first[i];
    }

    long lastAt(int i) {
        return last[i];
    }

    /** Index of the member, or -1. */
    int indexOf(long member) {
        for (int i = 0; i < size; i++) {
            if (members[i] == member) {
                return i;
            }
        }
        return -1;
    }

    /** Records a sighting at {@code time}; returns the member's index. */
    int see(long member, long time, int cap) {
        int i = indexOf(member);
        if (i >= 0) {
            first[i] = Math.min(first[i], time);
            last[i] = Math.max(last[i], time);
            return i;
        }
        if (size >= cap) {
            removeAt(leastRecent());
        }
        append(member, time, time);
        return size - 1;
    }

    void append(long member, long firstSeen, long lastSeen) {
        if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
            first = Arrays.copyOf(first, size * 2);
            last = Arrays.copyOf(last, size * 2);
        }
        members[size] = member;
        first[size] = firstSeen;
        last[size] = lastSeen;
        size++;
    }

    boolean remove(long member) {
        int i = indexOf(member);
        if (i < 0) {
            return false;
        }
        removeAt(i);
        return true;
    }

    /** Members last seen within {@code from..to}, both inclusive. */
    int countLastSeenWithin(long from, long to) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (last[i] >= from && last[i] <= to) {
                n++;
            }
        }
        return n;
    }

    /** Forgets members last seen before {@code time}. */
    void dropLastSeenBefore(long time) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (last[i] >= time) {
                members[kept] = members[i];
                first[kept] = first[i];
                last[kept] = last[i];
                kept++;
            }
        }
        size = kept;
    }

    private int leastRecent() {
        int oldest = 0;
        for (int i = 1; i < size; i++) {
            if (last[i] < last[oldest]) {
                oldest = i;
            }
        }
        return oldest;
    }

    private void removeAt(int i) {
        int tail = size - i - 1;
        System.arraycopy(members, i + 1, members, i, tail);
        System.arraycopy(first, i + 1, first, i, tail);
        System.arraycopy(last, i + 1, last, i, tail);
        size--;
    }
}
