package io.github.idfraud.testsupport;

import io.vertx.redis.client.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Redis ACL users on the test Redis, for tests that run a service with only the rights its own user has: created
 * with a fresh random password, reached as that user, deleted afterwards. Setup and checks outside the user's rights
 * go through {@link #asAdmin} (the test Redis's default user). On a Redis Cluster, where each node keeps its own
 * users, the user is made on every node, primaries and replicas.
 */
public final class RedisUsers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RedisUsers() {
    }

    /**
     * Creates (or replaces) user {@code name} with {@code rules} on every
     * node; returns the hosts that connect as them: one URL, or the cluster's seeds comma-separated.
     */
    public static String create(String name, List<String> rules) {
        String password = HexFormat.of().formatHex(RANDOM.generateSeed(16));
        List<String> setUser = new ArrayList<>(List.of("ACL", "SETUSER", name, "reset", "on", ">" + password));
        setUser.addAll(rules);
        RedisNodes.sendToEach(RedisNodes.all(), setUser.toArray(String[]::new));
        return String.join(",", Arrays.stream(RedisNodes.hosts().split(",")).map(URI::create)
                .map(node -> node.getScheme() + "://" + name + ":" + password + "@" + node.getHost() + ":" + node.getPort())
                .toList());
    }

    public static void delete(String name) {
        RedisNodes.sendToEach(RedisNodes.all(), "ACL", "DELUSER", name);
    }

    /** Sends {@code command} as the test Redis's default user, to the node of its key on a cluster. */
    public static Response asAdmin(String... command) {
        return RedisNodes.send(RedisNodes.hosts(), command);
    }

    /**
     * Sends {@code command} as the user of {@code hosts} (what {@link #create} returned); a refusal (NOPERM) is thrown
     * as {@link IllegalStateException}.
     */
    public static Response as(String hosts, String... command) {
        return RedisNodes.send(hosts, command);
    }
}
