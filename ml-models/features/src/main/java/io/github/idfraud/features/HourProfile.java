package io.github.idfraud.features;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;

/**
 * When in the day (UTC hour) a customer's events happen: a count per hour. All counts are halved once one reaches
 * {@value #HALVE_AT}, so each stays a one-byte varint and old habits fade as new events come.
 */
final class HourProfile {

    static final int HOURS = 24;
    static final int HALVE_AT = 64;

    private final int[] counts = new int[HOURS];

    static int hourOf(long t) {
        return (int) Math.floorMod(t, 86400L) / 3600;
    }

    void add(long t) {
        int hour = hourOf(t);
        if (++counts[hour] >= HALVE_AT) {
            for (int h = 0; h < HOURS; h++) {
                counts[h] /= 2;
            }
        }
    }

    int total() {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    /** Events in the hour of {@code t} and the hour either side of it. */
    int around(long t) {
        int hour = hourOf(t);
        return counts[Math.floorMod(hour - 1, HOURS)] + counts[hour] + counts[(hour + 1) % HOURS];
    }

    boolean isEmpty() {
        return total() == 0;
    }

    /** Per hour with events: hour delta and count. */
    void writeTo(CodedOutputStream out) throws IOException {
        int used = 0;
        for (int c : counts) {
            used += c > 0 ? 1 : 0;
        }
        out.writeUInt32NoTag(used);
        int previous = 0;
        for (int h = 0; h < HOURS; h++) {
            if (counts[h] > 0) {
                out.writeUInt32NoTag(h - previous);
                out.writeUInt32NoTag(counts[h]);
                previous = h;
            }
        }
    }

    static HourProfile readFrom(CodedInputStream in) throws IOException {
        HourProfile p = new HourProfile();
        int hour = 0;
        for (int n = in.readUInt32(); n > 0; n--) {
            hour += in.readUInt32();
            int count = in.readUInt32();
            if (hour < HOURS) {
                p.counts[hour] = count;
            }
        }
        return p;
    }
}
