package io.github.idfraud.features;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * The Redis value of an identifier: 8 bytes of version (what the compare-and-set script checks), then the state in
 * protobuf wire primitives (varints, zig-zag deltas), so a typical identifier takes a few hundred bytes.
 *
 * <p>Format 2, after the format number: a mask of the marks present (bit = {@link Mark#id()}) and their values in
 * id order; the position; each non-empty bucket series as {@code metric id * 3 + granularity id}, its length and
 * delta-coded buckets; each non-empty link set by {@link Link#id()}; first sightings; labels; then each non-empty
 * {@link Section} as its id and a length-prefixed payload (a value without sections ends after the labels, as
 * format 2 always did, and a release that knows no sections stops reading there). Only explicit ids are
 * stored, never ordinals, so constants may be reordered freely. A mark, series or link of an id this release does not
 * know (a newer release appended it) is skipped, and the rest of the value is kept.
 */
final class StateCodec {

    static final int VERSION_BYTES = 8;
    private static final int FORMAT = 2;
    /** A series is stored as metric id * 3 + granularity id: format 2 has room for granularity ids 0 to 2. */
    static final int GRANULARITY_IDS = 3;
    /** Mark ids are bits of a 32-bit mask. */
    static final int MARK_IDS = 32;
    private static final Mark[] MARK_BY_ID = byId(Mark.values(), Mark::id, MARK_IDS);
    private static final Link[] LINK_BY_ID = byId(Link.values(), Link::id, Integer.MAX_VALUE);
    private static final Metric[] METRIC_BY_ID = byId(Metric.values(), Metric::id, Integer.MAX_VALUE / GRANULARITY_IDS);
    private static final Granularity[] GRANULARITY_BY_ID = byId(Granularity.values(), Granularity::id, GRANULARITY_IDS);
    private static final Section[] SECTION_BY_ID = byId(Section.values(), Section::id, Integer.MAX_VALUE);
    /** The slot of {@link IdentifierState#series} of each stored series number, -1 where this release knows none. */
    private static final int[] SLOT_BY_SERIES = slotsBySeries();
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[64 * 1024]);
    /**
     * A section's payload is bounded by its structure (48 amount bands, 64 categories, 24 hours, at most
     * {@link RetryGuard#MAX_ENTRIES} applied events of at most 14 bytes): 2 KiB holds any.
     */
    private static final ThreadLocal<byte[]> SECTION_BUFFERS = ThreadLocal.withInitial(() -> new byte[2 * 1024]);

    static long versionOf(byte[] value) {
        return versionOf(value, 0, value.length);
    }

    /** The version a value held at {@code start} begins with; 0 (no version) when it is too short to hold one. */
    static long versionOf(byte[] bytes, int start, int length) {
        if (length < VERSION_BYTES) {
            return 0;
        }
        long v = 0;
        for (int i = start; i < start + VERSION_BYTES; i++) {
            v = (v << 8) | (bytes[i] & 0xff);
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
            for (int id = 0; id < MARK_IDS; id++) {
                if ((markMask & (1 << id)) != 0) {
                    long at = in.readSInt64();
                    Mark mark = id < MARK_BY_ID.length ? MARK_BY_ID[id] : null;
                    if (mark != null) {
                        s.marks[mark.ordinal()] = at;
                    }
                }
            }
            if (in.readBool()) {
                s.hasPosition = true;
                s.positionAt = in.readSInt64();
                s.latitude = in.readDouble();
                s.longitude = in.readDouble();
            }
            for (int n = in.readUInt32(); n > 0; n--) {
                int stored = in.readUInt32();
                int size = in.readUInt32();
                int slot = stored < SLOT_BY_SERIES.length ? SLOT_BY_SERIES[stored] : -1;
                BucketSeries series = slot < 0 ? null : new BucketSeries(size + 1);
                long bucket = 0;
                for (int i = 0; i < size; i++) {
                    bucket += in.readSInt64();
                    long amount = in.readSInt64();
                    if (series != null) {
                        series.append(bucket, amount);
                    }
                }
                if (series != null) {
                    s.series[slot] = series;
                }
            }
            for (int n = in.readUInt32(); n > 0; n--) {
                int id = in.readUInt32();
                MemberTimes members = readMembers(in);
                Link link = id < LINK_BY_ID.length ? LINK_BY_ID[id] : null;
                if (link != null) {
                    s.links[link.ordinal()] = members;
                }
            }
            s.sightings = readMembers(in);
            s.labels = readMembers(in);
            while (!in.isAtEnd()) {
                readSection(in, s);
            }
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
                markMask |= 1 << m.id();
            }
        }
        out.writeUInt32NoTag(markMask);
        for (Mark m : MARK_BY_ID) {
            if (m != null && s.hasMark(m)) {
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
        for (int stored = 0; stored < SLOT_BY_SERIES.length; stored++) {
            BucketSeries series = SLOT_BY_SERIES[stored] < 0 ? null : s.series[SLOT_BY_SERIES[stored]];
            if (series == null || series.size() == 0) {
                continue;
            }
            out.writeUInt32NoTag(stored);
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
        for (Link link : LINK_BY_ID) {
            MemberTimes set = link == null ? null : s.links[link.ordinal()];
            if (set != null && set.size() > 0) {
                out.writeUInt32NoTag(link.id());
                writeMembers(set, out);
            }
        }
        writeMembers(s.sightings, out);
        writeMembers(s.labels, out);
        if (s.amounts != null && !s.amounts.isEmpty()) {
            writeSection(Section.AMOUNT_PROFILE, s.amounts::writeTo, out);
        }
        if (s.categories != null && !s.categories.isEmpty()) {
            writeSection(Section.MERCHANT_CATEGORIES, s.categories::writeTo, out);
        }
        if (s.hours != null && !s.hours.isEmpty()) {
            writeSection(Section.HOUR_PROFILE, s.hours::writeTo, out);
        }
        if (s.appliedEvents != null && !s.appliedEvents.isEmpty()) {
            writeSection(Section.APPLIED_EVENTS, s.appliedEvents::writeTo, out);
        }
    }

    @FunctionalInterface
    private interface SectionWriter {
        void writeTo(CodedOutputStream out) throws IOException;
    }

    private static void writeSection(Section section, SectionWriter payload, CodedOutputStream out) throws IOException {
        byte[] buffer = SECTION_BUFFERS.get();
        CodedOutputStream inner = CodedOutputStream.newInstance(buffer);
        payload.writeTo(inner);
        out.writeUInt32NoTag(section.id());
        out.writeUInt32NoTag(buffer.length - inner.spaceLeft());
        out.writeRawBytes(buffer, 0, buffer.length - inner.spaceLeft());
    }

    private static void readSection(CodedInputStream in, IdentifierState s) throws IOException {
        int id = in.readUInt32();
        int limit = in.pushLimit(in.readUInt32());
        Section section = id < SECTION_BY_ID.length ? SECTION_BY_ID[id] : null;
        if (section != null) {
            switch (section) {
                case AMOUNT_PROFILE -> s.amounts = AmountProfile.readFrom(in);
                case MERCHANT_CATEGORIES -> s.categories = MerchantCategories.readFrom(in);
                case HOUR_PROFILE -> s.hours = HourProfile.readFrom(in);
                case APPLIED_EVENTS -> s.appliedEvents = AppliedEvents.readFrom(in);
            }
        }
        // An unknown section, or what a newer release appended to a known one, is skipped.
        in.skipRawBytes(in.getBytesUntilLimit());
        in.popLimit(limit);
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

    static int seriesNumber(Metric metric, Granularity granularity) {
        return metric.id() * GRANULARITY_IDS + granularity.id();
    }

    private static int[] slotsBySeries() {
        int[] slots = new int[METRIC_BY_ID.length * GRANULARITY_IDS];
        Arrays.fill(slots, -1);
        for (Metric metric : METRIC_BY_ID) {
            for (Granularity granularity : GRANULARITY_BY_ID) {
                if (metric != null && granularity != null) {
                    slots[seriesNumber(metric, granularity)] = IdentifierState.slot(metric, granularity);
                }
            }
        }
        return slots;
    }

    /** The constants indexed by their stored id (null where no constant has that id); refuses duplicates. */
    static <E extends Enum<E>> E[] byId(E[] constants, ToIntFunction<E> id, int limit) {
        int max = -1;
        for (E e : constants) {
            if (id.applyAsInt(e) < 0 || id.applyAsInt(e) >= limit) {
                throw new IllegalStateException(e.getDeclaringClass().getSimpleName() + "." + e.name() + " has id "
                        + id.applyAsInt(e) + ": stored ids must be 0 to " + (limit - 1));
            }
            max = Math.max(max, id.applyAsInt(e));
        }
        E[] table = Arrays.copyOf(constants, max + 1);
        Arrays.fill(table, null);
        for (E e : constants) {
            E other = table[id.applyAsInt(e)];
            if (other != null) {
                throw new IllegalStateException(e.getDeclaringClass().getSimpleName() + "." + e.name() + " and " + other.name()
                        + " share the stored id " + id.applyAsInt(e) + ": give the newer constant a new id");
            }
            table[id.applyAsInt(e)] = e;
        }
        return table;
    }
}
