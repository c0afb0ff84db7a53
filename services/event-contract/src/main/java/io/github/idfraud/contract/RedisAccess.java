package io.github.idfraud.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each service's Redis user: the commands and key patterns it needs and nothing more, as ACL rules
 * ({@code ACL SETUSER <name> on ><password> <rules...>}). The case service faces the internet, so it reaches the
 * three streams it works with and not one key of the identifier state or the contact vault; the scoring service
 * reaches its own keys and the two streams. Commands run by the services' Lua scripts count too: Redis checks a
 * script's calls against the caller's rules.
 */
public final class RedisAccess {

    /** Every user starts from nothing: no key, no channel, no command. */
    private static final List<String> NOTHING = List.of("resetkeys", "resetchannels", "-@all");

    /**
     * What the client library sends: the RESP3 handshake, the health check's ping, and on a Redis Cluster the slot map
     * it reads before its first command (and the re-key tool reads the primaries from).
     */
    private static final List<String> CONNECTION = List.of("+hello", "+ping", "+cluster|slots");

    private static final List<String> SCORING_COMMANDS = List.of(
            "+client|setname", "+eval", "+evalsha", "+script|load",
            "+get", "+set", "+expire",
            "+hget", "+hset", "+hdel", "+hmget", "+hgetall",
            // identifier values in bucket hashes (ADR 0015): the commit script reads a new bucket's lifetime
            "+ttl",
            "+rpush", "+ltrim", "+lrange",
            // the re-key tool's walk over names
            "+scan", "+unlink",
            "+zadd", "+zrangebyscore",
            "+xadd", "+xreadgroup", "+xack", "+xautoclaim", "+xgroup|create",
            // a data-subject export and erasure (docs/operations.md): a person's keys read and deleted
            "+zrange", "+zrem", "+del");

    /** GET and SET only in the label append script, on the label markers (the key patterns say so). */
    private static final List<String> CASE_COMMANDS = List.of(
            "+eval", "+get", "+set", "+xadd", "+xreadgroup", "+xack", "+xautoclaim", "+xgroup|create",
            // retention trims the streams by age; a data-subject request finds and deletes a person's entries
            "+xtrim", "+xrange", "+xdel");

    private RedisAccess() {
    }

    /**
     * @param featurePrefix the identifier state's key prefix ({@code fraud.feature-key-prefix})
     * @param rulesPrefix   the rule sets' key prefix ({@code fraud.rules.key-prefix}, empty in production)
     */
    public static List<String> scoringService(String featurePrefix, String rulesPrefix, String alertsStream,
                                              String labelsStream) {
        List<String> rules = new ArrayList<>(NOTHING);
        rules.addAll(CONNECTION);
        rules.addAll(SCORING_COMMANDS);
        List<String> patterns = new ArrayList<>(List.of(featurePrefix + "*", RedisKeys.eventRecord("*")));
        patterns.addAll(RedisKeys.vaultPatterns());
        patterns.addAll(List.of(RedisKeys.legacyContact("*", "*"), RedisKeys.ruleSet(rulesPrefix, "*"),
                RedisKeys.ruleAudit(rulesPrefix, "*"), RedisKeys.ruleVersions(rulesPrefix), alertsStream, labelsStream));
        rules.addAll(keys(patterns.toArray(String[]::new)));
        return rules;
    }

    public static List<String> caseService(String alertsStream, String deadLetterStream, String labelsStream) {
        List<String> rules = new ArrayList<>(NOTHING);
        rules.addAll(CONNECTION);
        rules.addAll(CASE_COMMANDS);
        rules.addAll(keys(alertsStream, deadLetterStream, labelsStream, RedisKeys.streamAppended(labelsStream, "*")));
        return rules;
    }

    /** The rules as one line, for {@code ACL SETUSER} or an ACL file. */
    public static String line(List<String> rules) {
        return String.join(" ", rules);
    }

    /** Key patterns: Redis globs, where only * matters here ({@code ev:{*}} is any event record, braces and all). */
    private static List<String> keys(String... patterns) {
        return Arrays.stream(patterns).map(pattern -> "~" + pattern).toList();
    }
}
