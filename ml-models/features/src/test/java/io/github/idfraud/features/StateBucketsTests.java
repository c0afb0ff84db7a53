package io.github.idfraud.features;

import static io.github.idfraud.features.RedisFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.IdentifierStore.Commit;
import io.github.idfraud.features.IdentifierStore.Reply;
import io.github.idfraud.features.redis.DeadStateValues;
import io.github.idfraud.features.redis.RedisIdentifierStore;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Identifier values as fields of bucket hashes (ADR 0015), on the real Redis (or the test cluster): many identifiers
 * share a bucket and keep their own values, a field past its deadline is no value, writes sweep such fields away, and
 * a bucket lives as long as its longest-lived value.
 */
class StateBucketsTests {

    private final RedisFixture redis = new RedisFixture();

    @AfterEach
    void close() {
        redis.close();
    }

    private String name(int i) {
        return StateKeys.of(redis.prefix, IdentifierKind.DEVICE, "pseudonym-" + i, "k1");
    }

    private static byte[] value(long version, String state) {
        byte[] text = state.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + text.length).putLong(version).put(text).array();
    }

    private static List<Reply> commit(RedisIdentifierStore store, Commit... commits) {
        return await(store.commit(List.of(commits), false));
    }

    @Test
    void aThousandIdentifiersInSixtyFourBucketsEachKeepTheirOwnValue() {
        RedisIdentifierStore store = redis.store();
        for (int i = 0; i < 1000; i++) {
            assertThat(commit(store, new Commit(name(i), null, value(1, "first " + i), 3600)).get(0).applied()).isTrue();
        }
        for (int i = 0; i < 1000; i += 2) {
            assertThat(commit(store, new Commit(name(i), value(1, "").clone(), value(2, "second " + i), 3600)).get(0)
                    .applied()).isTrue();
        }
        // 1,000 names over 64 buckets: every bucket gets some (a bucket stays empty with odds of about 1e-6)
        assertThat(redis.keys()).hasSizeGreaterThan(RedisFixture.BUCKETS.count() - 2)
                .hasSizeLessThanOrEqualTo(RedisFixture.BUCKETS.count())
                .allMatch(key -> key.startsWith(redis.prefix + "{") && key.endsWith("}:h:k1"));
        var stored = redis.stored();
        assertThat(stored).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            String expected = (i % 2 == 0 ? "second " : "first ") + i;
            assertThat(new String(StateBuckets.value(stored.get(name(i))), 8, expected.length())).isEqualTo(expected);
        }
        // a stale version is refused with the value that won
        Reply refused = commit(store, new Commit(name(0), java.util.Arrays.copyOf(value(1, ""), 8), value(9, "late"), 60))
                .get(0);
        assertThat(refused.applied()).isFalse();
        assertThat(new String(refused.current(), 8, refused.current().length - 8)).isEqualTo("second 0");
    }

    @Test
    void aFieldPastItsDeadlineIsNoValueAndIsReplacedAsIfNew() {
        String name = name(1);
        byte[] expired = ByteBuffer.allocate(4 + 12).putInt((int) (System.currentTimeMillis() / 1000 - 5))
                .put(value(7, "gone")).array();
        await(redis.redis.send(Request.cmd(Command.HSET).arg(RedisFixture.BUCKETS.key(name))
                .arg(RedisFixture.BUCKETS.field(name)).arg(expired)));

        // expecting version 7 is refused with no value: the expired one is not answered
        Reply refused = commit(redis.store(), new Commit(name, java.util.Arrays.copyOf(value(7, ""), 8), value(8, "x"), 60))
                .get(0);
        assertThat(refused.applied()).isFalse();
        assertThat(refused.current()).isNull();
        assertThat(commit(redis.store(), new Commit(name, null, value(1, "new"), 60)).get(0).applied()).isTrue();
        assertThat(StateBuckets.deadline(redis.stored().get(name)))
                .isGreaterThan(System.currentTimeMillis() / 1000);
    }

    @Test
    void writesThatAddFieldsSweepTheBucketOfExpiredOnes() {
        RedisIdentifierStore oneBucket = new RedisIdentifierStore(redis::batch, new StateBuckets(1), redis.cluster);
        StateBuckets buckets = new StateBuckets(1);
        Set<String> expired = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String name = name(10_000 + i);
            expired.add(buckets.field(name));
            await(redis.redis.send(Request.cmd(Command.HSET).arg(buckets.key(name)).arg(buckets.field(name))
                    .arg(ByteBuffer.allocate(12).putInt(1).putLong(3).array())));
        }
        // one added field in 16 sweeps (the writer draws it): 600 make a miss about 1e-17 likely
        for (int i = 0; i < 600; i++) {
            commit(oneBucket, new Commit(name(i), null, value(1, "v"), 600));
        }
        List<String> left = new ArrayList<>();
        await(redis.redis.send(Request.cmd(Command.HKEYS).arg(buckets.key(name(0))))).forEach(f -> left.add(f.toString()));
        assertThat(left).hasSizeGreaterThanOrEqualTo(600).doesNotContainAnyElementsOf(expired);
    }

    @Test
    void aWalkOfEveryBucketDeletesTheDeadValuesAndNothingElse() {
        RedisIdentifierStore store = redis.store();
        for (int i = 0; i < 200; i++) {
            commit(store, new Commit(name(i), null, value(1, "live " + i), 3600));
        }
        long now = System.currentTimeMillis() / 1000;
        for (int i = 200; i < 230; i++) {
            String name = name(i);
            await(redis.redis.send(Request.cmd(Command.HSET).arg(RedisFixture.BUCKETS.key(name))
                    .arg(RedisFixture.BUCKETS.field(name)).arg(StateBuckets.stored(now - 1, value(1, "dead")))));
        }

        long swept = redis.onEachPrimary(connection -> DeadStateValues.sweep(connection, redis.prefix, now));

        assertThat(swept).isEqualTo(30);
        assertThat(redis.stored()).hasSize(200).allSatisfy((name, stored) -> assertThat(StateBuckets.live(stored, now))
                .isTrue());
    }

    @Test
    void aBucketLivesAsLongAsItsLongestLivedValue() {
        RedisIdentifierStore oneBucket = new RedisIdentifierStore(redis::batch, new StateBuckets(1), redis.cluster);
        String key = new StateBuckets(1).key(name(0));
        commit(oneBucket, new Commit(name(0), null, value(1, "short"), 100));
        assertThat(await(redis.redis.send(Request.cmd(Command.TTL).arg(key))).toLong()).isBetween(90L, 100L);
        commit(oneBucket, new Commit(name(1), null, value(1, "labelled"), 90_000));
        assertThat(await(redis.redis.send(Request.cmd(Command.TTL).arg(key))).toLong()).as("grown").isGreaterThan(89_000);
        commit(oneBucket, new Commit(name(2), null, value(1, "short again"), 100));
        assertThat(await(redis.redis.send(Request.cmd(Command.TTL).arg(key))).toLong()).as("kept").isGreaterThan(89_000);
    }

    @Test
    void theBucketFollowsFromTheNameAloneAndTheSizingRuleRoundsUp() {
        StateBuckets buckets = new StateBuckets(7);
        String name = StateKeys.of("ff:", IdentifierKind.EMAIL, "abc", "k1");
        assertThat(buckets.field(name)).isEqualTo("e:abc");
        assertThat(buckets.key(name)).isEqualTo(new StateBuckets(7).key(name)).startsWith("ff:{").endsWith("}:h:k1");
        assertThat(StateBuckets.valueName(buckets.key(name), buckets.field(name))).isEqualTo(name);
        String beforeKeyIds = RedisKeys.identifierState("ff:", IdentifierKind.EMAIL.code(), "abc");
        assertThat(buckets.key(beforeKeyIds)).endsWith("}:h");
        assertThat(StateBuckets.valueName(buckets.key(beforeKeyIds), "e:abc")).isEqualTo(beforeKeyIds);
        assertThat(StateBuckets.forIdentifiers(0).count()).isEqualTo(1);
        assertThat(StateBuckets.forIdentifiers(901).count()).isEqualTo(10);
        assertThatThrownBy(() -> new StateBuckets(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> buckets.key("no-brace")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> buckets.key("ff:{e:abc}:sk1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(StateBuckets.isBucket("ff:{12}:h:k1")).isTrue();
        assertThat(StateBuckets.isBucket("ff:{12}:h")).isTrue();
        assertThat(List.of("ff:{12}:hX", "ff:{12}:h:", "ff:{x}:h:k1", "ff:{}:h", "ff:{e:abc}:s:k1"))
                .noneMatch(StateBuckets::isBucket);
    }
}
