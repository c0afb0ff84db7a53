package io.github.idfraud.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.testsupport.RedisNodes;
import io.github.idfraud.testsupport.RedisTestResource;
import io.github.idfraud.testsupport.fuzz.FuzzHttp;
import io.github.idfraud.testsupport.fuzz.FuzzRun;
import io.github.idfraud.testsupport.fuzz.ProblemJson;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed and hostile requests against the scoring API (issue 14): valid events, batches and labels with
 * one thing changed, sent as bank-a against the real Redis. Whatever comes, no 5xx; a refusal where the contract
 * requires one and an answer to every valid request; every refusal a 4xx problem+json that names the field, shows no
 * stack trace and repeats none of the hostile input; and nothing stored by a refused request (Redis's key count, its
 * write commands and the alert and label streams' lengths are compared around each one). Run alone:
 * {@code -Dtest=ScoringApiFuzzTests}; {@code -Dfuzz.seed=N} repeats a run, {@code -Dfuzz.scoring.events=N},
 * {@code .batches=N} and {@code .labels=N} resize it (5,000, 2,000 and 3,000 by default).
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class ScoringApiFuzzTests {

    private static final int EVENTS = Integer.getInteger("fuzz.scoring.events", 5_000);
    private static final int BATCHES = Integer.getInteger("fuzz.scoring.batches", 2_000);
    private static final int LABELS = Integer.getInteger("fuzz.scoring.labels", 3_000);
    /** Commands that change a key; the label consumer's own stream reads (XREADGROUP, XAUTOCLAIM) are left out. */
    private static final Set<String> WRITES = Set.of("set", "setex", "setnx", "getset", "getdel", "del", "unlink",
            "expire", "pexpire", "expireat", "pexpireat", "persist", "hset", "hsetnx", "hmset", "hdel", "hincrby",
            "hincrbyfloat", "zadd", "zrem", "zincrby", "zremrangebyscore", "zremrangebyrank", "pfadd", "pfmerge",
            "incr", "incrby", "incrbyfloat", "decr", "decrby", "lpush", "rpush", "lpop", "rpop", "ltrim", "sadd", "srem",
            "xadd", "xtrim", "xdel", "eval", "evalsha", "eval_ro", "evalsha_ro", "fcall", "rename", "copy", "append",
            "setrange", "mset", "msetnx", "bitfield", "setbit");
    private static final Pattern STAT = Pattern.compile("(?m)^(expired_keys|evicted_keys):(\\d+)");
    private static final Pattern COMMAND_CALLS = Pattern.compile("(?m)^cmdstat_([a-z_|]+):calls=(\\d+)");
    private static final Pattern EVENT_ID = Pattern.compile("^\\{\"eventId\":\"([^\"]+)\"");

    @Inject
    RedisDataSource redis;

    @Inject
    ScoringConfig config;

    @TestHTTPResource("/")
    URI service;

    @Test
    void hostileRequestsAreRefusedAsProblemsAndStoreNothing() {
        String run = "fz" + UUID.randomUUID().toString().substring(0, 8);
        ScoringApiInputs inputs = new ScoringApiInputs(run, Instant.now(), config.timeBounds().maxAge(),
                config.timeBounds().maxAhead(), config.limits().maxBatchEvents());
        try (RedisNodes.Session primaries = RedisNodes.open(RedisNodes.primaries())) {
            run(inputs, new FuzzRun(FuzzRun.seed(), new FuzzHttp(service), () -> fingerprint(primaries), ProblemJson::shape));
        }
    }

    private static void run(ScoringApiInputs inputs, FuzzRun fuzz) {
        List<String> scored = new ArrayList<>();

        fuzz.sendAll(inputs.events(), EVENTS, (input, response) -> {
            Matcher id = EVENT_ID.matcher(response.body());
            // Labels name these: events bank-a had scored (a verified profile is stored, never scored).
            if (response.status() == 200 && input.mutation().equals("valid") && id.find()
                    && !new String(input.request().body(), StandardCharsets.UTF_8).contains("PROFILE_VERIFIED")) {
                scored.add(id.group(1));
            }
        });
        fuzz.sendAll(inputs.batches(), BATCHES, (input, response) -> { });
        assertThat(scored).as("valid events scored, for the labels to name").isNotEmpty();
        fuzz.sendAll(inputs.labels(scored), LABELS, (input, response) -> { });
        System.out.print(fuzz.summary());

        fuzz.assertNoFailures();
    }

    /**
     * Redis as a refused request could change it: keys (those expired meanwhile counted back in), write commands
     * run, and the lengths of the alert and label streams. Summed over every primary: each counts its own keys
     * and commands on a cluster.
     */
    private String fingerprint(RedisNodes.Session primaries) {
        long keys = 0;
        for (var size : primaries.sendToEach("DBSIZE")) {
            keys += size.toLong();
        }
        for (var info : primaries.sendToEach("INFO", "stats")) {
            Matcher stats = STAT.matcher(info.toString());
            while (stats.find()) {
                keys += Long.parseLong(stats.group(2));
            }
        }
        long writes = 0;
        for (var info : primaries.sendToEach("INFO", "commandstats")) {
            Matcher calls = COMMAND_CALLS.matcher(info.toString());
            while (calls.find()) {
                if (WRITES.contains(calls.group(1))) {
                    writes += Long.parseLong(calls.group(2));
                }
            }
        }
        return "keys " + keys + "|writes " + writes + "|alerts " + length(config.alerts().stream())
                + "|labels " + length(config.labels().stream());
    }

    private long length(String stream) {
        return Long.parseLong(redis.execute("XLEN", stream).toString());
    }
}
