package io.github.idfraud.features;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The events an identifier counted most recently (ADR 0011): 32-bit hashes of their tenant-scoped event references
 * ({@link IdentifierState#memberHash}) with the minute of event time of each. An event found here was counted before,
 * by an attempt whose answer was never stored, and is not counted again. Only events within the {@link RetryGuard}'s
 * window behind the newest are kept, at most its number of entries: a typical identifier keeps one, in 12 bytes.
 */
final class AppliedEvents {

    private static final long MINUTE = 60;

    private long[] hashes = new long[2];
    private long[] minutes = new long[2];
    private int size;

    boolean contains(long referenceHash) {
        for (int i = 0; i < size; i++) {
            if (hashes[i] == referenceHash) {
                return true;
            }
        }
        return false;
    }

    /** Remembers the event, then forgets those past the guard's window behind the newest and the oldest past its cap. */
    void add(long referenceHash, long t, RetryGuard guard) {
        append(referenceHash, Math.floorDiv(t, MINUTE));
        long oldestKept = newest() - guard.windowMinutes();
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (minutes[i] >= oldestKept) {
                hashes[kept] = hashes[i];
                minutes[kept] = minutes[i];
                kept++;
            }
        }
        size = kept;
        while (size > guard.entries()) {
            removeAt(oldest());
        }
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Count, the newest minute, then per event its hash and how many minutes it lies before the newest. */
    void writeTo(CodedOutputStream out) throws IOException {
        out.writeUInt32NoTag(size);
        if (size == 0) {
            return;
        }
        long newest = newest();
        out.writeSInt64NoTag(newest);
        for (int i = 0; i < size; i++) {
            out.writeFixed32NoTag((int) hashes[i]);
            out.writeUInt64NoTag(newest - minutes[i]);
        }
    }

    static AppliedEvents readFrom(CodedInputStream in) throws IOException {
        AppliedEvents events = new AppliedEvents();
        int count = in.readUInt32();
        if (count == 0) {
            return events;
        }
        long newest = in.readSInt64();
        for (int i = 0; i < count; i++) {
            long hash = in.readFixed32() & 0xffffffffL;
            events.append(hash, newest - in.readUInt64());
        }
        return events;
    }

    private void append(long referenceHash, long minute) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            minutes = Arrays.copyOf(minutes, size * 2);
        }
        hashes[size] = referenceHash;
        minutes[size] = minute;
        size++;
    }

    private long newest() {
        long newest = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            newest = Math.max(newest, minutes[i]);
        }
        return newest;
    }

    /** The least recent event (the first remembered among equals). */
    private int oldest() {
        int oldest = 0;
        for (int i = 1; i < size; i++) {
            if (minutes[i] < minutes[oldest]) {
                oldest = i;
            }
        }
        return oldest;
    }

    private void removeAt(int i) {
        System.arraycopy(hashes, i + 1, hashes, i, size - i - 1);
        System.arraycopy(minutes, i + 1, minutes, i, size - i - 1);
        size--;
    }
}
