package io.github.idfraud.testsupport;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The nodes of the test Redis, for commands that answer for one node only ({@code INFO}, {@code DBSIZE} of one
 * node, {@code CLIENT LIST}, {@code ACL SETUSER}): the single Redis, or each node of the cluster that
 * {@value TestRedis#CLUSTER_VARIABLE} names, as {@code CLUSTER NODES} lists them. Also the test Redis as its
 * administrator (its default user) for keyed commands, which a cluster client routes to the key's node.
 */
public final class RedisNodes {

    private static final long TIMEOUT_SECONDS = 10;

    private RedisNodes() {
    }

    /** Every node, primaries and replicas (an ACL user must exist on a replica too, to survive a failover). */
    public static List<String> all() {
        return nodes(false);
    }

    /** The primaries: where keys are written and where the services' own connections go. */
    public static List<String> primaries() {
        return nodes(true);
    }

    /** The URL the services under test use: the single Redis, or the cluster's seed nodes, comma-separated. */
    public static String hosts() {
        return TestRedis.cluster().orElseGet(TestRedis::url);
    }

    /**
     * Options reaching {@code hosts} (one URL, or a cluster's comma-separated seeds while the tests run on a
     * cluster), as the services' client would.
     */
    public static RedisOptions options(String hosts) {
        RedisOptions options = new RedisOptions().setEndpoints(Arrays.asList(hosts.split(",")));
        return TestRedis.cluster().isPresent() ? options.setType(RedisClientType.CLUSTER) : options;
    }

    /** Sends {@code command} to {@code hosts} as one call; a refusal (NOPERM, ...) is thrown as {@link IllegalStateException}. */
    public static Response send(String hosts, String... command) {
        return send(options(hosts), request(command));
    }

    /** Sends {@code command} to each node of {@code urls}; the replies in that order. */
    public static List<Response> sendToEach(List<String> urls, String... command) {
        List<Response> replies = new ArrayList<>(urls.size());
        urls.forEach(url -> replies.add(send(new RedisOptions().setConnectionString(url), request(command))));
        return replies;
    }

    /** Every key matching the glob {@code pattern} on every primary (SCAN walks the keys of the node it reaches only). */
    public static List<String> keys(String pattern) {
        List<String> keys = new ArrayList<>();
        for (String primary : primaries()) {
            try (Session node = open(List.of(primary))) {
                String cursor = "0";
                do {
                    Response page = node.sendToEach("SCAN", cursor, "MATCH", pattern, "COUNT", "1000").get(0);
                    cursor = page.get(0).toString();
                    page.get(1).forEach(key -> keys.add(key.toString()));
                } while (!"0".equals(cursor));
            }
        }
        return keys;
    }

    /**
     * Connections kept open to each of {@code urls}, for a test that asks every node often (a fingerprint taken after
     * each of thousands of requests). Close it.
     */
    public static Session open(List<String> urls) {
        return new Session(urls);
    }

    /** Open connections to some nodes; see {@link #open}. */
    public static final class Session implements AutoCloseable {

        private final Vertx vertx = Vertx.vertx();
        private final List<Redis> clients = new ArrayList<>();
        private final List<RedisConnection> connections = new ArrayList<>();

        private Session(List<String> urls) {
            try {
                for (String url : urls) {
                    Redis client = Redis.createClient(vertx, new RedisOptions().setConnectionString(url));
                    clients.add(client);
                    connections.add(await(client.connect()));
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        /** Sends {@code command} to each node; the replies in the order of the URLs. */
        public List<Response> sendToEach(String... command) {
            List<Response> replies = new ArrayList<>(connections.size());
            for (RedisConnection connection : connections) {
                replies.add(await(connection.send(request(command))));
            }
            return replies;
        }

        @Override
        public void close() {
            connections.forEach(RedisConnection::close);
            clients.forEach(Redis::close);
            vertx.close();
        }
    }

    private static List<String> nodes(boolean primariesOnly) {
        if (TestRedis.cluster().isEmpty()) {
            return List.of(TestRedis.url());
        }
        URI seed = URI.create(TestRedis.cluster().get().split(",")[0]);
        // <id> <ip:port@cport[,hostname]> <flags> <primary id> ...: one line per node
        String lines = send(new RedisOptions().setConnectionString(seed.toString()),
                Request.cmd(Command.CLUSTER).arg("NODES")).toString();
        List<String> urls = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String[] fields = line.trim().split(" ");
            if (fields.length < 3 || fields[2].contains("fail") || primariesOnly && !fields[2].contains("master")) {
                continue;
            }
            String address = fields[1].split("@")[0];
            urls.add(seed.getScheme() + "://" + (seed.getRawUserInfo() == null ? "" : seed.getRawUserInfo() + "@")
                    + address);
        }
        return List.copyOf(urls);
    }

    private static Request request(String... command) {
        Request request = Request.cmd(Command.create(command[0]));
        for (int i = 1; i < command.length; i++) {
            request.arg(command[i]);
        }
        return request;
    }

    private static Response send(RedisOptions options, Request request) {
        Vertx vertx = Vertx.vertx();
        try {
            Redis client = Redis.createClient(vertx, options);
            try {
                return await(client.send(request));
            } finally {
                client.close();
            }
        } finally {
            vertx.close();
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Redis in " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
