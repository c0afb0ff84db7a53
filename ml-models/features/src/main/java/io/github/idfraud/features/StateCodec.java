package io.github.idfraud.features;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The Redis value of an identifier: 8 bytes of version (what the compare-and-set script checks), then the state in
 * protobuf wire primitives (varints, zig-zag deltas), so a typical identifier takes a few hundred bytes.
 */
final class StateCodec {

    static final int VERSION_BYTES = 8;
    private static final int FORMAT = 2;
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    static long versionOf(byte[] value) {
        long v = 0;
        for (int i = 0; i < VERSION_BYTES; i++) {
            v = (v << 8) | (value[i] & 0xff);
        }
        return v;
    }

    static byte[] versionBytes(long version) {
        byte[] out = new byte[VERSION_BYTES];
        writeVersion(version, out);
        return out;
    }

    private static void writeVersion(long version, byte[] out) {
        for (int i = VERSION_BYTES - 1; i >= 0; i--) {
            out[i] = (byte) version;
            version >>>= 8;
        }
    }

    static IdentifierState decode(byte[] value) {
        if (value == null) {
            return new IdentifierState(0);
        }
        if (value.length <= VERSION_BYTES) {
            throw new IllegalStateException("identifier value of " + value.length + " bytes is too short");
        }
        IdentifierState s = new IdentifierState(versionOf(value));
        try {
            CodedInputStream in = CodedInputStream.newInstance(value, VERSION_BYTES, value.length - VERSION_BYTES);
            if (in.readUInt32() != FORMAT) {
                // Written by another layout (an older release): this identifier's history starts again, and the
                // commit replaces the old value by its version like any other.
                return new IdentifierState(s.version);
            }
            int markMask = in.readUInt32();
            for (Mark m : IdentifierState.MARKS) {
                if ((markMask & (1 << m.ordinal())) != 0) {
                    s.marks[m.ordinal()] = in.readSInt64();
                }
            }
            if (in.readBool()) {
                s.hasPosition = true;
                s.positionAt = in.readSInt64();
                s.latitude = in.readDouble();
                s.longitude = in.readDouble();
            }
            for (int n = in.readUInt32(); n > 0; n--) {
                int slot = in.readUInt32();
                int size = in.readUInt32();
                BucketSeries series = new BucketSeries(size + 1);
                long bucket = 0;
                for (int i = 0; i < size; i++) {
                    bucket += in.readSInt64();
                    series.append(bucket, in.readSInt64());
                }
                if (slot >= s.series.length) {
                    throw new IllegalStateException("unknown bucket series " + slot);
                }
                s.series[slot] = series;
            }
            for (int n = in.readUInt32(); n > 0; n--) {
                int link = in.readUInt32();
                s.links[link] = readMembers(in);
            }
            s.sightings = readMembers(in);
            s.labels = readMembers(in);
            return s;
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("unreadable identifier value: " + e.getMessage(), e);
        }
    }

    static byte[] encode(IdentifierState s, long newVersion) {
        byte[] buffer = BUFFERS.get();
        while (true) {
            try {
                CodedOutputStream out = CodedOutputStream.newInstance(buffer, VERSION_BYTES, buffer.length - VERSION_BYTES);
                write(s, out);
                int length = buffer.length - out.spaceLeft();
                byte[] value = Arrays.copyOf(buffer, length);
                writeVersion(newVersion, value);
                return value;
            } catch (CodedOutputStream.OutOfSpaceException e) {
                buffer = new byte[buffer.length * 2];
                BUFFERS.set(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void write(IdentifierState s, CodedOutputStream out) throws IOException {
        out.writeUInt32NoTag(FORMAT);
        int markMask = 0;
        for (Mark m : IdentifierState.MARKS) {
            if (s.hasMark(m)) {
                markMask |= 1 << m.ordinal();
            }
        }
        out.writeUInt32NoTag(markMask);
        for (Mark m : IdentifierState.MARKS) {
            if ((markMask & (1 << m.ordinal())) != 0) {
                out.writeSInt64NoTag(s.marks[m.ordinal()]);
            }
        }
        out.writeBoolNoTag(s.hasPosition);
        if (s.hasPosition) {
            out.writeSInt64NoTag(s.positionAt);
            out.writeDoubleNoTag(s.latitude);
            out.writeDoubleNoTag(s.longitude);
        }
        int seriesCount = 0;
        for (BucketSeries series : s.series) {
            seriesCount += series != null && series.size() > 0 ? 1 : 0;
        }
        out.writeUInt32NoTag(seriesCount);
        for (int slot = 0; slot < s.series.length; slot++) {
            BucketSeries series = s.series[slot];
            if (series == null || series.size() == 0) {
                continue;
            }
            out.writeUInt32NoTag(slot);
            out.writeUInt32NoTag(series.size());
            long previous = 0;
            for (int i = 0; i < series.size(); i++) {
                out.writeSInt64NoTag(series.bucketAt(i) - previous);
                out.writeSInt64NoTag(series.valueAt(i));
                previous = series.bucketAt(i);
            }
        }
        int linkCount = 0;
        for (MemberTimes set : s.links) {
            linkCount += set != null && set.size() > 0 ? 1 : 0;
        }
        out.writeUInt32NoTag(linkCount);
        for (int link = 0; link < s.links.length; link++) {
            if (s.links[link] != null && s.links[link].size() > 0) {
                out.writeUInt32NoTag(link);
                writeMembers(s.links[link], out);
            }
        }
        writeMembers(s.sightings, out);
        writeMembers(s.labels, out);
    }

    /** Per member: 32-bit hash, then last sight back from the set's newest, then first sight back from the last. */
    private static void writeMembers(MemberTimes set, CodedOutputStream out) throws IOException {
        int size = set == null ? 0 : set.size();
        out.writeUInt32NoTag(size);
        if (size == 0) {
            return;
        }
        long newest = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            newest = Math.max(newest, set.lastAt(i));
        }
        out.writeSInt64NoTag(newest);
        for (int i = 0; i < size; i++) {
            out.writeFixed32NoTag((int) set.memberAt(i));
            out.writeUInt64NoTag(newest - set.lastAt(i));
            out.writeUInt64NoTag(set.lastAt(i) - set.firstAt(i));
        }
    }

    private static MemberTimes readMembers(CodedInputStream in) throws IOException {
        int size = in.readUInt32();
        MemberTimes set = new MemberTimes(size);
        if (size == 0) {
            return set;
        }
        long newest = in.readSInt64();
        for (int i = 0; i < size; i++) {
            long member = in.readFixed32() & 0xffffffffL;
            long last = newest - in.readUInt64();
            set.append(member, last - in.readUInt64(), last);
        }
        return set;
    }
}
