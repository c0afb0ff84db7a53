package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ring of identifier values: the answers a map would give while nothing is evicted, never a wrong one after. */
class StateCacheTests {

    @Test
    void aValueIsReadBackAsACopyAndReplacedByTheNextPut() {
        StateCache cache = new StateCache(1 << 20);
        cache.put("ff:e:alice", bytes("v1"));
        byte[] read = cache.get("ff:e:alice");
        read[0] = 'x';

        assertThat(cache.get("ff:e:alice")).isEqualTo(bytes("v1"));
        cache.put("ff:e:alice", bytes("second value"));
        assertThat(cache.get("ff:e:alice")).isEqualTo(bytes("second value"));
        assertThat(cache.get("ff:e:bob")).isNull();
    }

    @Test
    void removeForgetsOnlyTheValueItNamesAndPutIfAbsentKeepsAnExistingOne() {
        StateCache cache = new StateCache(1 << 20);
        cache.put("k", bytes("written"));

        cache.remove("k", bytes("another"));
        cache.putIfAbsent("k", bytes("winner"));
        assertThat(cache.get("k")).isEqualTo(bytes("written"));

        cache.remove("k", bytes("written"));
        assertThat(cache.get("k")).isNull();
        cache.putIfAbsent("k", bytes("winner"));
        assertThat(cache.get("k")).isEqualTo(bytes("winner"));
    }

    @Test
    void aValueTooLargeForAChunkIsNotCachedAndDropsTheOldOne() {
        StateCache cache = new StateCache(4096, 1024, null);
        cache.put("k", bytes("small"));
        cache.put("k", new byte[1024]);

        assertThat(cache.get("k")).isNull();
        assertThat(cache.get("other")).isNull();
    }

    @Test
    void answersAsAMapWouldWhileTheRingHoldsEverything() {
        // 20,000 keys in 131,072 buckets (one per 256 bytes of ring): many buckets chain two or more keys.
        StateCache cache = new StateCache(32L << 20);
        Map<String, byte[]> expected = new HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 300_000; i++) {
            String key = "ff:d:" + random.nextInt(20_000);
            byte[] value = randomValue(random, 200);
            switch (random.nextInt(4)) {
                case 0 -> {
                    cache.remove(key, value);
                    if (expected.containsKey(key) && Arrays.equals(expected.get(key), value)) {
                        expected.remove(key);
                    }
                }
                case 1 -> {
                    byte[] current = expected.get(key);
                    if (current != null) {
                        cache.remove(key, current);
                        expected.remove(key);
                    }
                }
                case 2 -> {
                    cache.putIfAbsent(key, value);
                    expected.putIfAbsent(key, value);
                }
                default -> {
                    cache.put(key, value);
                    expected.put(key, value);
                }
            }
            if (i % 7 == 0) {
                assertThat(cache.get(key)).isEqualTo(expected.get(key));
            }
        }
        for (int k = 0; k < 20_000; k++) {
            assertThat(cache.get("ff:d:" + k)).as("key %d", k).isEqualTo(expected.get("ff:d:" + k));
        }
    }

    @Test
    void aFullRingForgetsTheOldestWritesAndNeverAnswersAnOldValue() {
        // 16 KiB in four chunks, about 1 MB written: the ring comes round about 60 times.
        StateCache cache = new StateCache(16 * 1024, 4096, null);
        Map<String, byte[]> latest = new HashMap<>();
        Deque<String> recent = new ArrayDeque<>();
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            String key = "ff:p:" + random.nextInt(500);
            byte[] value = randomValue(random, 120);
            cache.put(key, value);
            latest.put(key, value);
            recent.addFirst(key);
            if (recent.size() > 20) {
                recent.removeLast();
            }
            String probe = "ff:p:" + random.nextInt(500);
            byte[] read = cache.get(probe);
            if (read != null) {
                assertThat(read).as("read of %s after write %d", probe, i).isEqualTo(latest.get(probe));
            }
        }
        // Each of the last 20 writes went to a record in the ring's newer half (8 KiB), in place or appended, and
        // then at most 20 records of at most 200 bytes were appended: under the chunk more it takes to reach one.
        Set<String> kept = new HashSet<>(recent);
        for (String key : kept) {
            assertThat(cache.get(key)).as(key).isEqualTo(latest.get(key));
        }
        long forgotten = latest.keySet().stream().filter(key -> cache.get(key) == null).count();
        assertThat(forgotten).as("keys the ring no longer holds").isGreaterThan(300);
    }

    @Test
    void aValueThatFitsIsWrittenInPlaceSoUpdatesAloneNeverTurnTheRing() {
        // 16 KiB of ring, 2,000 updates of ten keys (about 200 KiB if each were appended): none is let go.
        List<String> written = new ArrayList<>();
        StateCache cache = new StateCache(16 * 1024, 4096, (key, stored, value, lifetime) -> written.add(key));
        Map<String, byte[]> latest = new HashMap<>();
        for (long version = 2; version <= 2_001; version++) {
            String key = "ff:c:" + version % 10;
            byte[] value = versioned(version, "y".repeat(60 + (int) (version % 7)));
            cache.putAhead(key, value, 1, 60); // storage holds version 1 of each
            latest.put(key, value);
        }

        assertThat(written).as("write-backs while updating").isEmpty();
        latest.forEach((key, value) -> assertThat(cache.get(key)).as(key).isEqualTo(value));
        cache.writeBackAll();
        assertThat(written).containsExactlyInAnyOrderElementsOf(latest.keySet());
    }

    @Test
    void writeBackAllHandsOverEachValueAheadOfStorageOnceAndNoneStorageHolds() {
        List<String> written = new ArrayList<>();
        StateCache cache = new StateCache(64 * 1024, 4096,
                (key, stored, value, lifetime) -> written.add(key + " " + versionOf(value) + " over " + stored + " for " + lifetime));
        cache.put("confirmed", versioned(5, "a"));
        cache.confirm("confirmed", 5);
        cache.putAhead("ahead", versioned(6, "b"), 4, 30);
        cache.putAhead("replaced", versioned(7, "c"), 4, 30);
        cache.putAhead("replaced", versioned(8, "d"), 4, 40);
        cache.put("in-flight", versioned(9, "e"));
        cache.confirm("in-flight", 10); // another version's commit landed, not this one's

        cache.writeBackAll();
        assertThat(written).containsExactlyInAnyOrder("ahead 6 over 4 for 30", "replaced 8 over 4 for 40");
        written.clear();
        cache.writeBackAll();
        assertThat(written).as("handed over values count as stored").isEmpty();
        assertThat(cache.lookUp("replaced").storedVersion()).isEqualTo(8);
        assertThat(cache.lookUp("in-flight").storedVersion()).isEqualTo(StateCache.NOT_KNOWN);
        assertThat(cache.lookUp("confirmed").storedVersion()).isEqualTo(5);
    }

    @Test
    void storageEndsWithEachKeysLatestValueWhileTheRingLetsValuesGoLapAfterLap() {
        // Storage as a map that checks each write-back's expected version, as the compare-and-set script does.
        Map<String, byte[]> storage = new HashMap<>();
        StateCache cache = new StateCache(16 * 1024, 2048, (key, stored, value, lifetime) -> {
            assertThat(storage.containsKey(key) ? versionOf(storage.get(key)) : 0L).as(key).isEqualTo(stored);
            storage.put(key, value);
        });
        Map<String, byte[]> latest = new HashMap<>();
        Random random = new Random(11);
        int writtenBack = 0;
        for (long version = 1; version <= 20_000; version++) {
            String key = "ff:d:" + random.nextInt(300);
            byte[] value = versioned(version, "x".repeat(random.nextInt(400)));
            StateCache.Cached cached = cache.lookUp(key);
            long stored = cached != null ? cached.storedVersion() : storage.containsKey(key) ? versionOf(storage.get(key)) : 0;
            if (stored == StateCache.NOT_KNOWN) {
                storage.put(key, value); // a new identifier: committed at once, then known to be stored
                cache.put(key, value);
                cache.confirm(key, version);
            } else {
                cache.putAhead(key, value, stored, 60);
                writtenBack++;
            }
            latest.put(key, value);
        }
        cache.writeBackAll();

        assertThat(writtenBack).as("most updates were held ahead").isGreaterThan(15_000);
        assertThat(storage.keySet()).isEqualTo(latest.keySet());
        latest.forEach((key, value) -> assertThat(storage.get(key)).as(key).isEqualTo(value));
    }

    @Test
    void refusesASizeSmallerThanOneChunk() {
        assertThatThrownBy(() -> new StateCache(1000, 4096, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StateCache(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] randomValue(Random random, int maxLength) {
        byte[] value = new byte[1 + random.nextInt(maxLength)];
        random.nextBytes(value);
        return value;
    }

    /** A value as the engine stores it: 8 bytes of version first. */
    private static byte[] versioned(long version, String state) {
        byte[] text = bytes(state);
        return ByteBuffer.allocate(8 + text.length).putLong(version).put(text).array();
    }

    private static long versionOf(byte[] value) {
        return ByteBuffer.wrap(value).getLong();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
