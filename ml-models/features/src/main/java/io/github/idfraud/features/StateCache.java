package io.github.idfraud.features;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The in-process cache of identifier values ({@link StateStore}), laid out so that its entries cost the garbage
 * collector nothing. Records are appended to a ring of large byte arrays, and a table of longs leads to each key's
 * record: there is no object per entry, and no reference from an old object to a young one. A cache of objects (a
 * node, a key and a value per identifier) was copied by young collections until it reached the old generation, and
 * each update dirtied a card those collections had to scan; at 1,000 events/s that made the pauses about twice as
 * long (docs/benchmarks.md, "What is left in the tails").
 *
 * <p>Eviction is by the age of the last write: the ring overwrites its oldest chunk, and the keys whose records were
 * there are forgotten. That suits these values: one only serves the next update of its identifier, and every update
 * writes it again. A record leaves room to grow, and a new value that fits is written over the old one while the record
 * is in the newer half of the ring; otherwise the record is unlinked, its bytes wait for the ring to come round, and
 * the value is appended. So the ring advances with new keys and values that moved, not with every update (when each
 * update appended, a replay wrote its whole ring once, and the young collections copied all of it), and a key written
 * within the last half-ring of appends is still cached. A key has at most one record in its bucket's chain. Records in a chain
 * are in descending position, so a walk stops at the first one the ring has overwritten.
 *
 * <p>Each record also carries the version storage is known to hold for its key (0: not known, e.g. a commit still on
 * its way) and the value's lifetime. A cache given a {@link WriteBack} holds values storage lacks: a record whose
 * known stored version is not its own is written back when the ring is about to overwrite it, and by
 * {@link #writeBackAll}.
 *
 * <p>Thread-safe: each call holds the lock for one key's lookup and copy.
 */
final class StateCache {

    /**
     * A record: previous record in the bucket (8 bytes), key hash (4), key length (2), value length (4), the version
     * storage holds (8), the value's lifetime in seconds (4), room for the value (4), key, value and the room left. A
     * key length of -1 ends a chunk's records.
     */
    private static final int HASH_AT = 8;
    private static final int KEY_LENGTH_AT = 12;
    private static final int VALUE_LENGTH_AT = 14;
    private static final int STORED_AT = 18;
    private static final int LIFETIME_AT = 26;
    private static final int ROOM_AT = 30;
    private static final int HEADER = 34;
    private static final short END_OF_CHUNK = -1;
    /** Stored version of a record whose storage state is not known. */
    static final long NOT_KNOWN = 0;
    private static final int MAX_CHUNK_BYTES = 1 << 20;
    /** About one bucket per this many bytes of ring: a chain then holds one or two live records. */
    private static final int BYTES_PER_BUCKET = 256;
    private static final long NONE = -1;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    private final int chunkBytes;
    /** Allocated as the ring first reaches them, so a cache that is never filled never takes its whole bound. */
    private final byte[][] chunks;
    private final long capacity;
    /** Per bucket, the position of its newest record, or {@link #NONE}. */
    private final long[] heads;
    /** Where the next record goes; positions only grow, and a record is intact while within capacity behind it. */
    private long writePosition;
    /** Takes the values storage lacks as the ring lets them go; null when storage holds every value written here. */
    private final WriteBack writeBack;
    /** Set by {@link #find}: the record before the one found in its chain, or {@link #NONE} when it is the head. */
    private long predecessor;

    StateCache(long capacityBytes) {
        this(capacityBytes, null);
    }

    StateCache(long capacityBytes, WriteBack writeBack) {
        this(capacityBytes, (int) Math.min(MAX_CHUNK_BYTES, capacityBytes), writeBack);
    }

    /** With chunks of the size given (tests: a small ring of several chunks). */
    StateCache(long capacityBytes, int chunkBytes, WriteBack writeBack) {
        if (chunkBytes <= 0 || capacityBytes < chunkBytes) {
            throw new IllegalArgumentException("a state cache needs a positive size of at least one chunk: "
                    + capacityBytes + " bytes, chunks of " + chunkBytes);
        }
        this.chunkBytes = chunkBytes;
        long chunkCount = capacityBytes / chunkBytes;
        if (chunkCount > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("state cache too large: " + capacityBytes + " bytes");
        }
        chunks = new byte[(int) chunkCount][];
        capacity = chunkCount * chunkBytes;
        heads = new long[Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, capacity / BYTES_PER_BUCKET)))];
        Arrays.fill(heads, NONE);
        this.writeBack = writeBack;
    }

    /** A copy of the key's value, or null when it is not cached. */
    synchronized byte[] get(String key) {
        byte[] name = key.getBytes(StandardCharsets.UTF_8);
        long record = find(name, hash(key));
        return record == NONE ? null : copyValue(record, name.length);
    }

    /** A copy of the key's value with the version storage holds for the key, or null when it is not cached. */
    synchronized Cached lookUp(String key) {
        byte[] name = key.getBytes(StandardCharsets.UTF_8);
        long record = find(name, hash(key));
        if (record == NONE) {
            return null;
        }
        return new Cached(copyValue(record, name.length), (long) LONG.get(chunk(record), offset(record) + STORED_AT));
    }

    private byte[] copyValue(long record, int keyLength) {
        byte[] chunk = chunk(record);
        int at = offset(record);
        int start = at + HEADER + keyLength;
        return Arrays.copyOfRange(chunk, start, start + valueLength(chunk, at));
    }

    /**
     * Caches the key's value in place of any other, storage's state not known (a commit of it may be on its way); a
     * record larger than a chunk only drops the old one.
     */
    synchronized void put(String key, byte[] value) {
        put(key, value, NOT_KNOWN, 0);
    }

    /**
     * Caches a value storage does not hold yet, in place of any other: storage holds {@code storedVersion} for the key,
     * and the value is written back, with the lifetime given, before the ring lets it go. Needs a {@link WriteBack}.
     */
    synchronized void putAhead(String key, byte[] value, long storedVersion, int lifetimeSeconds) {
        if (writeBack == null || storedVersion == NOT_KNOWN) {
            throw new IllegalStateException("a value storage lacks needs a write-back and the version storage holds");
        }
        put(key, value, storedVersion, lifetimeSeconds);
    }

    private void put(String key, byte[] value, long storedVersion, int lifetimeSeconds) {
        byte[] name = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(key);
        long old = find(name, hash);
        if (old != NONE) {
            byte[] chunk = chunk(old);
            int at = offset(old);
            if (inNewerHalf(old) && value.length <= room(chunk, at)) {
                write(chunk, at, name.length, value, storedVersion, lifetimeSeconds);
                return;
            }
            unlink(old, hash);
        }
        append(name, hash, value, storedVersion, lifetimeSeconds);
    }

    /** Caches the value, which storage holds, unless the key has one. */
    synchronized void putIfAbsent(String key, byte[] value) {
        byte[] name = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(key);
        if (find(name, hash) == NONE) {
            append(name, hash, value, StateCodec.versionOf(value), 0);
        }
    }

    /**
     * Storage now holds the key's value of this version: when it is the cached one, later values built on it may be
     * held here ahead of storage ({@link #putAhead}).
     */
    synchronized void confirm(String key, long version) {
        byte[] name = key.getBytes(StandardCharsets.UTF_8);
        long record = find(name, hash(key));
        if (record == NONE) {
            return;
        }
        byte[] chunk = chunk(record);
        int at = offset(record);
        if (StateCodec.versionOf(chunk, at + HEADER + name.length, valueLength(chunk, at)) == version) {
            LONG.set(chunk, at + STORED_AT, version);
        }
    }

    /** Hands every cached value storage lacks to the write-back, oldest first; they then count as stored. */
    synchronized void writeBackAll() {
        if (writeBack == null) {
            return;
        }
        // The part of the chunk being filled that the ring has not reached again was handed over as it was entered.
        long oldest = Math.max(0, writePosition - capacity);
        for (long chunkStart = (oldest + chunkBytes - 1) / chunkBytes * chunkBytes; chunkStart < writePosition;
             chunkStart += chunkBytes) {
            writeBackChunk(chunkStart);
        }
    }

    /** Forgets the key's value if it is (byte for byte) the one given. */
    synchronized void remove(String key, byte[] value) {
        byte[] name = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(key);
        long record = find(name, hash);
        if (record == NONE) {
            return;
        }
        byte[] chunk = chunk(record);
        int at = offset(record);
        int start = at + HEADER + name.length;
        if (Arrays.equals(chunk, start, start + valueLength(chunk, at), value, 0, value.length)) {
            unlink(record, hash);
        }
    }

    /** Writes a record at the head of its bucket's chain, which holds none for this key. */
    private void append(byte[] name, int hash, byte[] value, long storedVersion, int lifetimeSeconds) {
        int room = Math.min(roomFor(value.length), chunkBytes - HEADER - name.length);
        int length = HEADER + name.length + room;
        if (room < value.length || name.length > Short.MAX_VALUE) {
            if (storedVersion != NOT_KNOWN && storedVersion != StateCodec.versionOf(value)) {
                writeBack.write(new String(name, StandardCharsets.UTF_8), storedVersion, value, lifetimeSeconds);
            }
            return;
        }
        long record = reserve(length);
        byte[] chunk = chunk(record);
        int at = offset(record);
        int bucket = hash & (heads.length - 1);
        LONG.set(chunk, at, heads[bucket]);
        INT.set(chunk, at + HASH_AT, hash);
        SHORT.set(chunk, at + KEY_LENGTH_AT, (short) name.length);
        INT.set(chunk, at + ROOM_AT, room);
        System.arraycopy(name, 0, chunk, at + HEADER, name.length);
        write(chunk, at, name.length, value, storedVersion, lifetimeSeconds);
        heads[bucket] = record;
    }

    /** The value and what goes with it into the record at {@code at}, whose room holds it. */
    private static void write(byte[] chunk, int at, int keyLength, byte[] value, long storedVersion,
                              int lifetimeSeconds) {
        INT.set(chunk, at + VALUE_LENGTH_AT, value.length);
        LONG.set(chunk, at + STORED_AT, storedVersion);
        INT.set(chunk, at + LIFETIME_AT, lifetimeSeconds);
        System.arraycopy(value, 0, chunk, at + HEADER + keyLength, value.length);
    }

    /**
     * Room for a value of this length: an eighth more and 16 bytes, in words. A value grows by a few bytes as its
     * identifier's history fills, and then still fits where it is.
     */
    private static int roomFor(int valueLength) {
        return (valueLength + valueLength / 8 + 16 + 7) & ~7;
    }

    private long find(byte[] name, int hash) {
        long before = NONE;
        for (long record = heads[hash & (heads.length - 1)]; intact(record); record = previous(record)) {
            byte[] chunk = chunk(record);
            int at = offset(record);
            if ((int) INT.get(chunk, at + HASH_AT) == hash && (short) SHORT.get(chunk, at + KEY_LENGTH_AT) == name.length
                    && Arrays.equals(chunk, at + HEADER, at + HEADER + name.length, name, 0, name.length)) {
                predecessor = before;
                return record;
            }
            before = record;
        }
        return NONE;
    }

    /**
     * Takes the record just found out of its chain, and marks it as stored: a write-back then never hands it over, so a
     * record ahead of storage is always its key's value, and the ring's walk needs no lookup to know it.
     */
    private void unlink(long record, int hash) {
        long next = previous(record);
        if (predecessor == NONE) {
            heads[hash & (heads.length - 1)] = next;
        } else {
            LONG.set(chunk(predecessor), offset(predecessor), next);
        }
        byte[] chunk = chunk(record);
        int at = offset(record);
        int keyLength = (short) SHORT.get(chunk, at + KEY_LENGTH_AT);
        LONG.set(chunk, at + STORED_AT, StateCodec.versionOf(chunk, at + HEADER + keyLength, valueLength(chunk, at)));
    }

    /**
     * Room for a record; records never straddle two chunks. Before the ring overwrites a chunk, the values there that
     * storage lacks go to the write-back.
     */
    private long reserve(int length) {
        long record = writePosition;
        int room = chunkBytes - offset(record);
        if (length > room) {
            if (room >= HEADER) {
                SHORT.set(chunk(record), offset(record) + KEY_LENGTH_AT, END_OF_CHUNK);
            }
            record += room;
        }
        int index = chunkIndex(record);
        if (chunks[index] == null) {
            chunks[index] = new byte[chunkBytes];
        } else if (offset(record) == 0 && record >= capacity) {
            writeBackChunk(record - capacity); // still intact: writePosition has not moved yet
        }
        writePosition = record + length;
        return record;
    }

    /** Hands over the records of one chunk that are ahead of storage (each its key's value: see {@link #unlink}). */
    private void writeBackChunk(long chunkStart) {
        if (writeBack == null) {
            return;
        }
        byte[] chunk = chunk(chunkStart);
        long end = Math.min(chunkStart + chunkBytes, writePosition);
        for (long record = chunkStart; record + HEADER <= end; ) {
            int at = offset(record);
            short keyLength = (short) SHORT.get(chunk, at + KEY_LENGTH_AT);
            if (keyLength == END_OF_CHUNK) {
                return;
            }
            writeBackIfAhead(chunk, at, keyLength, valueLength(chunk, at));
            record += HEADER + keyLength + room(chunk, at);
        }
    }

    private void writeBackIfAhead(byte[] chunk, int at, int keyLength, int valueLength) {
        long stored = (long) LONG.get(chunk, at + STORED_AT);
        int start = at + HEADER + keyLength;
        long version = StateCodec.versionOf(chunk, start, valueLength);
        if (stored == NOT_KNOWN || stored == version) {
            return;
        }
        writeBack.write(new String(chunk, at + HEADER, keyLength, StandardCharsets.UTF_8), stored,
                Arrays.copyOfRange(chunk, start, start + valueLength), (int) INT.get(chunk, at + LIFETIME_AT));
        LONG.set(chunk, at + STORED_AT, version);
    }

    private static int valueLength(byte[] chunk, int at) {
        return (int) INT.get(chunk, at + VALUE_LENGTH_AT);
    }

    private static int room(byte[] chunk, int at) {
        return (int) INT.get(chunk, at + ROOM_AT);
    }

    /** Whether a record is written over in place: one further back moves, so the ring does not let it go soon. */
    private boolean inNewerHalf(long record) {
        return record >= writePosition - capacity / 2;
    }

    private boolean intact(long record) {
        return record != NONE && record >= writePosition - capacity;
    }

    private long previous(long record) {
        return (long) LONG.get(chunk(record), offset(record));
    }

    private byte[] chunk(long record) {
        return chunks[chunkIndex(record)];
    }

    private int chunkIndex(long record) {
        return (int) ((record / chunkBytes) % chunks.length);
    }

    private int offset(long record) {
        return (int) (record % chunkBytes);
    }

    /** The string's hash, its bits spread so that the bucket index (its low bits) depends on all of them. */
    private static int hash(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** A cached value and the version storage holds for its key ({@link #NOT_KNOWN} when that is not known). */
    record Cached(byte[] value, long storedVersion) {
    }

    /** Receives the values storage lacks, in the order the cache lets them go. */
    interface WriteBack {

        /** Write {@code value} where storage holds {@code storedVersion}, to live {@code lifetimeSeconds}. */
        void write(String key, long storedVersion, byte[] value, int lifetimeSeconds);
    }
}
