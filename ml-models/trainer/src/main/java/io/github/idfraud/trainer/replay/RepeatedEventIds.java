package io.github.idfraud.trainer.replay;

/**
 * The (tenant, event id) pairs a replay has sent, so that a repeated one is skipped as the scoring service skips it: it
 * answers a repeated id from its event store and never counts it again. Kept as 64-bit hashes in one open-addressing
 * table, 16 to 32 bytes per event; two distinct pairs share a hash about once in a million for a 6-million-event log.
 */
final class RepeatedEventIds {

    private static final long EMPTY = 0;

    private long[] slots = new long[1 << 16];
    private int size;

    boolean contains(String tenant, String eventId) {
        long hash = hash(tenant, eventId);
        int mask = slots.length - 1;
        for (int i = (int) mix(hash) & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (slots[i] == hash) {
                return true;
            }
        }
        return false;
    }

    void add(String tenant, String eventId) {
        if (insert(slots, hash(tenant, eventId)) && ++size * 2 > slots.length) {
            long[] old = slots;
            slots = new long[old.length * 2];
            for (long hash : old) {
                if (hash != EMPTY) {
                    insert(slots, hash);
                }
            }
        }
    }

    /** False when the hash was there already. */
    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) mix(hash) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        return true;
    }

    /** 64-bit FNV-1a over both strings, never {@link #EMPTY}. */
    private static long hash(String tenant, String eventId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < tenant.length(); i++) {
            h = (h ^ tenant.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0xffff) * 0x100000001b3L; // a separator, so ("ab", "c") and ("a", "bc") differ
        for (int i = 0; i < eventId.length(); i++) {
            h = (h ^ eventId.charAt(i)) * 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }

    /** Spreads the high bits into the low ones that pick the slot (FNV-1a's low bits alone cluster). */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
