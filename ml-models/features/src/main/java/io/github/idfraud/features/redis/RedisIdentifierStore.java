package io.github.idfraud.features.redis;

import io.github.idfraud.features.IdentifierStore;
import io.github.idfraud.features.StateBuckets;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Identifier values in Redis, on the Vert.x Redis client, as fields of bucket hashes ({@link StateBuckets}, ADR 0015):
 * each commit is an {@code EVALSHA} of {@code commit-state.lua}, which reads the field's version and sets the value
 * only if it is still the expected one. When a node does not know the script (restart, failover, {@code SCRIPT FLUSH}, or a cluster node that
 * never ran it) the calls are resent as {@code EVAL}s of the script itself, which leaves it cached on whichever node
 * runs each one. Replies complete on the client's event loop.
 */
public final class RedisIdentifierStore implements IdentifierStore {

    static final String SCRIPT = loadScript();
    static final String SHA = sha1(SCRIPT);
    private static final byte[] NO_VALUE = new byte[0];
    private static final int VERSION_BYTES = 8;
    /**
     * One write in this many sweeps its bucket of dead fields (as does a write that found one): a bucket still written
     * loses them within about this many writes, at the cost of a walk of its fields per this many commits.
     */
    private static final int SWEEP_EVERY = 32;

    private final Function<List<Request>, Future<List<Response>>> batch;
    private final StateBuckets buckets;
    private final boolean cluster;

    /** On a single Redis: calls name the script by its SHA. */
    public RedisIdentifierStore(Function<List<Request>, Future<List<Response>>> batch, StateBuckets buckets) {
        this(batch, buckets, false);
    }

    /**
     * @param batch             sends requests as one pipelined batch, keeping the order of successive calls: one
     *                          connection's {@code batch} (ADR 0004). A pool's {@code redis::batch} stays correct, but a
     *                          commit can overtake the one it builds on and is then refused and retried.
     * @param buckets           where each value lives
     * @param cluster on a Redis Cluster: send the script itself ({@code EVAL}) on every call, as each node has its own
     *                script cache and a batch's calls reach several nodes, so that a node that never saw the script
     *                cannot fail part of a batch that another part already applied; and make one call per commit even
     *                when a grouped call is asked for, as its keys lie in several slots
     */
    public RedisIdentifierStore(Function<List<Request>, Future<List<Response>>> batch, StateBuckets buckets,
                                boolean cluster) {
        this.batch = batch;
        this.buckets = buckets;
        this.cluster = cluster;
    }

    @Override
    public CompletionStage<Void> prepare() {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        cacheScript(batch).onComplete(ar -> {
            if (ar.failed()) {
                loaded.completeExceptionally(ar.cause());
            } else {
                loaded.complete(null);
            }
        });
        return loaded;
    }

    @Override
    public CompletionStage<List<Reply>> commit(List<Commit> commits, boolean groupedIfPossible) {
        boolean grouped = groupedIfPossible && !cluster;
        CompletableFuture<List<Reply>> replies = new CompletableFuture<>();
        send(commits, grouped, System.currentTimeMillis() / 1000).onComplete(ar -> {
            if (ar.failed()) {
                replies.completeExceptionally(ar.cause());
                return;
            }
            try {
                replies.complete(replies(ar.result(), commits.size(), grouped));
            } catch (RuntimeException e) {
                replies.completeExceptionally(e);
            }
        });
        return replies;
    }

    /**
     * One call per commit (each names one bucket: Cluster-safe), or one call for all of them.
     *
     * @param now the writer's clock (Unix seconds): each value's deadline is now plus its lifetime
     */
    private List<Request> requests(List<Commit> commits, boolean grouped, boolean scriptBody, long now) {
        if (grouped) {
            Request request = script(scriptBody).arg(commits.size());
            List<StateBuckets.Place> places = new ArrayList<>(commits.size());
            for (Commit commit : commits) {
                StateBuckets.Place place = buckets.place(commit.key());
                places.add(place);
                request.arg(place.key());
            }
            request.arg(now);
            for (int i = 0; i < commits.size(); i++) {
                casArgs(request, places.get(i).field(), commits.get(i), now);
            }
            return List.of(request);
        }
        List<Request> requests = new ArrayList<>(commits.size());
        for (Commit commit : commits) {
            StateBuckets.Place place = buckets.place(commit.key());
            requests.add(casArgs(script(scriptBody).arg(1).arg(place.key()).arg(now), place.field(), commit, now));
        }
        return requests;
    }

    private static Request script(boolean body) {
        return body ? Request.cmd(Command.EVAL).arg(SCRIPT) : Request.cmd(Command.EVALSHA).arg(SHA);
    }

    /** Deletes field ARGV[1] of bucket KEYS[1] only if its value still has the version ARGV[2]: a write since keeps it. */
    private static final String DELETE_IF_UNCHANGED = """
            local stored = redis.call('HGET', KEYS[1], ARGV[1])
            if stored and string.sub(stored, %d, %d) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
            return 0
            """.formatted(StateBuckets.DEADLINE_BYTES + 1, StateBuckets.DEADLINE_BYTES + VERSION_BYTES);

    /**
     * Three pipelined rounds, each call naming one bucket: each value's field and every former value's field; a
     * compare-and-set of the first live former value, with its remaining lifetime, where the value held none (only one
     * mover's copy can land); removal of each copied former value unless a writer changed it meanwhile.
     */
    @Override
    public CompletionStage<List<byte[]>> move(List<Move> moves) {
        List<Request> reads = new ArrayList<>();
        for (Move move : moves) {
            reads.add(read(move.key()));
            for (String former : move.formerKeys()) {
                reads.add(read(former));
            }
        }
        CompletableFuture<List<byte[]>> done = new CompletableFuture<>();
        batch.apply(reads).compose(found -> {
            long now = System.currentTimeMillis() / 1000;
            byte[][] values = new byte[moves.size()][];
            String[] sources = new String[moves.size()];
            List<Integer> copying = new ArrayList<>();
            List<Commit> copies = new ArrayList<>();
            int at = 0;
            for (int m = 0; m < moves.size(); m++) {
                Move move = moves.get(m);
                boolean held = StateBuckets.live(bytes(found.get(at++)), now);
                for (String former : move.formerKeys()) {
                    byte[] stored = bytes(found.get(at++));
                    if (!held && sources[m] == null && StateBuckets.live(stored, now)) {
                        sources[m] = former;
                        values[m] = StateBuckets.value(stored);
                        copies.add(new Commit(move.key(), null, values[m], StateBuckets.deadline(stored) - now));
                        copying.add(m);
                    }
                }
            }
            if (copies.isEmpty()) {
                return Future.succeededFuture(Arrays.asList(values));
            }
            // The clock of the reads: a copy's deadline is then exactly its source's.
            return send(copies, false, now).compose(copied -> {
                List<Reply> replies = replies(copied, copies.size(), false);
                List<Request> removals = new ArrayList<>();
                for (int j = 0; j < copying.size(); j++) {
                    int m = copying.get(j);
                    if (!replies.get(j).applied()) {
                        values[m] = null; // another scorer's copy landed first; it removes the former value
                    } else {
                        StateBuckets.Place source = buckets.place(sources[m]);
                        removals.add(Request.cmd(Command.EVAL).arg(DELETE_IF_UNCHANGED).arg(1)
                                .arg(source.key()).arg(source.field()).arg(Arrays.copyOf(values[m], VERSION_BYTES)));
                    }
                }
                return removals.isEmpty() ? Future.succeededFuture(Arrays.asList(values))
                        : batch.apply(removals).map(removed -> Arrays.asList(values));
            });
        }).onComplete(ar -> {
            if (ar.failed()) {
                done.completeExceptionally(ar.cause());
            } else {
                done.complete(ar.result());
            }
        });
        return done;
    }

    private Request read(String valueName) {
        StateBuckets.Place place = buckets.place(valueName);
        return Request.cmd(Command.HGET).arg(place.key()).arg(place.field());
    }

    private static byte[] bytes(Response reply) {
        return reply == null ? null : reply.toBytes();
    }

    /**
     * The field, the expected version, the deadline and value to store, the lifetime, and whether this write may sweep
     * its bucket of dead fields (one in {@value #SWEEP_EVERY}).
     */
    private static Request casArgs(Request request, String field, Commit commit, long now) {
        return request.arg(field)
                .arg(commit.expectedVersion() == null ? NO_VALUE : commit.expectedVersion())
                .arg(StateBuckets.stored(now + commit.ttlSeconds(), commit.value())).arg(commit.ttlSeconds())
                .arg(ThreadLocalRandom.current().nextInt(SWEEP_EVERY) == 0 ? "1" : "0");
    }

    /** The script answers 1 for a write, else the current value (nil when there is none). */
    private static List<Reply> replies(List<Response> responses, int count, boolean grouped) {
        List<Reply> replies = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            Response reply = grouped ? responses.get(0).get(j) : responses.get(j).get(0);
            if (reply != null && reply.type() == ResponseType.NUMBER) {
                replies.add(Reply.APPLIED);
            } else {
                replies.add(Reply.refused(reply == null ? null : reply.toBytes()));
            }
        }
        return replies;
    }

    private Future<List<Response>> send(List<Commit> commits, boolean grouped, long now) {
        if (cluster) {
            return batch.apply(requests(commits, grouped, true, now));
        }
        return batch.apply(requests(commits, grouped, false, now)).recover(failure -> {
            if (failure.getMessage() != null && failure.getMessage().contains("NOSCRIPT")) {
                // one node, one script cache: no call of the batch ran, so sending them all again is safe
                return batch.apply(requests(commits, grouped, true, now));
            }
            return Future.failedFuture(failure);
        });
    }

    /** Caches the script on the node this reaches (on a cluster, one node: calls there carry the script anyway). */
    private static Future<Void> cacheScript(Function<List<Request>, Future<List<Response>>> batch) {
        return batch.apply(List.of(Request.cmd(Command.SCRIPT).arg("LOAD").arg(SCRIPT))).mapEmpty();
    }

    private static String loadScript() {
        try (InputStream in = RedisIdentifierStore.class.getResourceAsStream("commit-state.lua")) {
            if (in == null) {
                throw new IllegalStateException("commit-state.lua missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
