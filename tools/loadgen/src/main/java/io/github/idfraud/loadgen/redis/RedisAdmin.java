package io.github.idfraud.loadgen.redis;

import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.features.redis.RedisIdentifierStore;
import io.github.idfraud.features.redis.RedisKeyspace;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Every Redis access of the suite, on one connection: health and INFO, feeding the feature engine, adding stream
 * entries, measuring and deleting the benchmark's keys. One connection keeps the order of successive pipelined
 * batches. No other class of the load generator sees a Redis client type. Blocking calls: never on an event loop.
 */
public final class RedisAdmin implements AutoCloseable {

    private static final int PIPELINE = 1_000;
    private static final long TIMEOUT_SECONDS = 60;

    private final String url;
    private final Vertx vertx;
    private final Redis client;
    private final RedisConnection connection;

    private RedisAdmin(String url, Vertx vertx, Redis client, RedisConnection connection) {
        this.url = url;
        this.vertx = vertx;
        this.client = client;
        this.connection = connection;
    }

    /**
     * One Redis at {@code url}; or, for comma-separated seed URLs, a Redis Cluster (commands naming a key go to its
     * slot's primary; a pipelined batch must then keep to one slot).
     */
    public static RedisAdmin open(String url) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        RedisOptions options = new RedisOptions().setMaxWaitingHandlers(1 << 16);
        if (url.contains(",")) {
            options.setType(RedisClientType.CLUSTER);
            for (String seed : url.split(",")) {
                options.addConnectionString(seed.strip());
            }
        } else {
            options.setConnectionString(url);
        }
        Redis client = Redis.createClient(vertx, options);
        try {
            return new RedisAdmin(url, vertx, client, await(client.connect(), 10));
        } catch (RuntimeException e) {
            client.close();
            vertx.close();
            throw new IllegalStateException("Redis does not answer at " + url
                    + " (start redis-server, or pass --redis redis://host:port): " + e.getMessage(), e);
        }
    }

    public String url() {
        return url;
    }

    /** One section of INFO as field -> value, e.g. {@code info("memory").get("used_memory")}. */
    public Map<String, String> info(String section) {
        Map<String, String> fields = new TreeMap<>();
        for (String line : send(Request.cmd(Command.INFO).arg(section)).toString().split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return fields;
    }

    /** CPU seconds this Redis server has used since it started (on a cluster connection: whichever node answers). */
    public double cpuSeconds() {
        return RedisKeyspace.cpuSeconds(send(Request.cmd(Command.INFO).arg("cpu")).toString());
    }

    /**
     * The feature engine over this connection, its scripts loaded. Its futures complete on this adapter's event
     * loop; wait for them from another thread.
     */
    public FeatureEngine featureEngine(Pseudonymiser pseudonymiser, EngineSettings settings, StateBuckets buckets) {
        FeatureEngine engine = new FeatureEngine(new RedisIdentifierStore(connection::batch, buckets), pseudonymiser,
                settings);
        await(engine.prepare(), 30);
        return engine;
    }

    /** Adds each entry ({@code field -> value}) to {@code stream} ({@code XADD stream *}), pipelined. */
    public void addToStream(String stream, List<Map<String, String>> entries) {
        List<Request> batch = new ArrayList<>(Math.min(entries.size(), PIPELINE));
        for (Map<String, String> fields : entries) {
            Request xadd = Request.cmd(Command.XADD).arg(stream).arg("*");
            fields.forEach((field, value) -> xadd.arg(field).arg(value));
            batch.add(xadd);
            if (batch.size() == PIPELINE) {
                await(connection.batch(batch), TIMEOUT_SECONDS);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            await(connection.batch(batch), TIMEOUT_SECONDS);
        }
    }

    /** Entries in {@code stream}; 0 when it does not exist. */
    public long streamLength(String stream) {
        return send(Request.cmd(Command.XLEN).arg(stream)).toLong();
    }

    /** Hands the fields of every entry of {@code stream} to {@code entry}, oldest first, a page of XRANGE at a time. */
    public void streamEntries(String stream, Consumer<Map<String, String>> entry) {
        String from = "-";
        while (true) {
            Response page = send(Request.cmd(Command.XRANGE).arg(stream).arg(from).arg("+").arg("COUNT").arg(PIPELINE));
            if (page == null || page.size() == 0) {
                return;
            }
            String last = null;
            for (Response item : page) {
                last = item.get(0).toString();
                Map<String, String> fields = new TreeMap<>();
                pairs(item.get(1)).forEach((field, value) -> fields.put(field, value.toString()));
                entry.accept(fields);
            }
            if (page.size() < PIPELINE) {
                return;
            }
            from = "(" + last;
        }
    }

    /**
     * Entries of {@code stream} that consumer group {@code group} has not finished: never delivered (at most
     * {@value #PIPELINE} counted) plus delivered and not acknowledged (pending); -1 when the group does not exist yet.
     */
    public long groupBacklog(String stream, String group) {
        Response groups = send(Request.cmd(Command.XINFO).arg("GROUPS").arg(stream));
        for (Response info : groups) {
            Map<String, Response> fields = pairs(info);
            if (group.equals(fields.get("name").toString())) {
                // Counted from the last delivered id, not XINFO's "lag": Redis 7.0 keeps a lag that no longer
                // shrinks once a consumer has re-read or claimed entries, so it can stay above zero for good.
                Response undelivered = send(Request.cmd(Command.XRANGE).arg(stream)
                        .arg("(" + fields.get("last-delivered-id")).arg("+").arg("COUNT").arg(PIPELINE));
                return fields.get("pending").toLong() + (undelivered == null ? 0 : undelivered.size());
            }
        }
        return -1;
    }

    /** A reply's field-value pairs, whether it came as a RESP3 map or a flat RESP2 array. */
    private static Map<String, Response> pairs(Response reply) {
        Map<String, Response> fields = new TreeMap<>();
        try {
            for (String key : reply.getKeys()) {
                fields.put(key, reply.get(key));
            }
        } catch (RuntimeException notAMap) {
            fields.clear();
        }
        if (fields.isEmpty()) {
            for (int i = 0; i + 1 < reply.size(); i += 2) {
                fields.put(reply.get(i).toString(), reply.get(i + 1));
            }
        }
        return fields;
    }

    /** Hands every key matching {@code prefix*} to {@code page}, a SCAN page at a time (never KEYS). */
    public void scan(String prefix, Consumer<List<String>> page) {
        RedisKeyspace.scan(connection, prefix, page);
    }

    /** Exact bytes of every key under {@code prefix} ({@code MEMORY USAGE key SAMPLES 0}), a key at a time. */
    public void memoryUsage(String prefix, BiConsumer<String, Long> bytesOfKey) {
        scan(prefix, keys -> {
            List<Request> requests = new ArrayList<>(keys.size());
            for (String key : keys) {
                requests.add(Request.cmd(Command.MEMORY).arg("USAGE").arg(key).arg("SAMPLES").arg(0));
            }
            List<Response> replies = await(connection.batch(requests), TIMEOUT_SECONDS);
            for (int i = 0; i < keys.size(); i++) {
                Response reply = replies.get(i);
                if (reply != null) { // gone since the SCAN
                    bytesOfKey.accept(keys.get(i), reply.toLong());
                }
            }
        });
    }

    /** The length of each field plus its value in the hash {@code key}, by field. */
    public Map<String, Integer> hashEntrySizes(String key) {
        Map<String, Integer> sizes = new TreeMap<>();
        pairs(send(Request.cmd(Command.HGETALL).arg(key)))
                .forEach((field, value) -> sizes.put(field, field.length() + value.toBytes().length));
        return sizes;
    }

    /**
     * Sets each of {@code settings} on a standalone server ({@code CONFIG SET}); on a cluster, whose nodes this client
     * does not address one by one, checks that the node answering already has them. Returns the settings as found
     * before.
     */
    public Map<String, String> configure(Map<String, String> settings) {
        Map<String, String> before = new TreeMap<>();
        settings.forEach((name, value) -> {
            pairs(send(Request.cmd(Command.CONFIG).arg("GET").arg(name)))
                    .forEach((found, setting) -> before.put(found, setting.toString()));
            if (!value.equals(before.get(name))) {
                if (url.contains(",")) {
                    throw new IllegalStateException("the cluster's nodes need " + name + " " + value);
                }
                send(Request.cmd(Command.CONFIG).arg("SET").arg(name).arg(value));
            }
        });
        return before;
    }

    /**
     * How many of {@code keys} do not exist: one EXISTS per key (each may live on another Cluster node), up to
     * {@value #PIPELINE} in flight.
     */
    public long missing(List<String> keys) {
        long missing = 0;
        for (int from = 0; from < keys.size(); from += PIPELINE) {
            List<Future<Response>> replies = new ArrayList<>(PIPELINE);
            for (String key : keys.subList(from, Math.min(keys.size(), from + PIPELINE))) {
                replies.add(connection.send(Request.cmd(Command.EXISTS).arg(key)));
            }
            for (Future<Response> reply : replies) {
                missing += await(reply, TIMEOUT_SECONDS).toLong() == 0 ? 1 : 0;
            }
        }
        return missing;
    }

    /** Removes every key under {@code prefix} (SCAN + UNLINK); returns how many. */
    public long deleteKeys(String prefix) {
        return RedisKeyspace.deleteUnder(connection, prefix);
    }

    /** UNLINKs the given keys; returns how many existed. */
    public long unlink(List<String> keys) {
        return RedisKeyspace.unlink(connection, keys);
    }

    /** Blocks the calling (non event-loop) thread until {@code future} completes, e.g. a feature engine call. */
    public static <T> T await(Future<T> future, long timeoutSeconds) {
        return RedisKeyspace.await(future, timeoutSeconds);
    }

    /** Blocks the calling (non event-loop) thread until {@code stage} completes, e.g. the feature engine's. */
    public static <T> T await(CompletionStage<T> stage, long timeoutSeconds) {
        return RedisKeyspace.await(stage, timeoutSeconds);
    }

    private Response send(Request request) {
        return await(connection.send(request), TIMEOUT_SECONDS);
    }

    @Override
    public void close() {
        try {
            await(connection.close(), 5);
        } catch (RuntimeException ignored) {
            // Closing is best effort.
        }
        client.close();
        try {
            await(vertx.close(), 10);
        } catch (RuntimeException ignored) {
            // Best effort on shutdown.
        }
    }
}
