package io.github.idfraud.features.redis;

import io.github.idfraud.features.IdentifierStore;
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
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Identifier values in Redis, on the Vert.x Redis client: each commit is an {@code EVALSHA} of
 * {@code commit-state.lua}, which {@code GETRANGE}s the version and {@code SET}s the value only if it is still the
 * expected one. When Redis has forgotten the script (restart, failover, {@code SCRIPT FLUSH}) it is loaded again and
 * the calls are resent. Replies complete on the client's event loop.
 */
public final class RedisIdentifierStore implements IdentifierStore {

    static final String SCRIPT = loadScript();
    static final String SHA = sha1(SCRIPT);
    private static final byte[] NO_VALUE = new byte[0];

    private final Function<List<Request>, Future<List<Response>>> batch;

    /**
     * @param batch sends requests as one pipelined batch, keeping the order of successive calls: one connection's
     *              {@code batch} (ADR 0004). A pool's {@code redis::batch} stays correct, but a commit can overtake the
     *              one it builds on and is then refused and retried.
     */
    public RedisIdentifierStore(Function<List<Request>, Future<List<Response>>> batch) {
        this.batch = batch;
    }

    @Override
    public CompletionStage<Void> prepare() {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        loadScript(batch).onComplete(ar -> {
            if (ar.failed()) {
                loaded.completeExceptionally(ar.cause());
            } else {
                loaded.complete(null);
            }
        });
        return loaded;
    }

    @Override
    public CompletionStage<List<Reply>> commit(List<Commit> commits, boolean grouped) {
        CompletableFuture<List<Reply>> replies = new CompletableFuture<>();
        send(requests(commits, grouped)).onComplete(ar -> {
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

    /** One call per commit (each names one key: Cluster-safe), or one call for all of them. */
    private static List<Request> requests(List<Commit> commits, boolean grouped) {
        if (grouped) {
            Request request = Request.cmd(Command.EVALSHA).arg(SHA).arg(commits.size());
            for (Commit commit : commits) {
                request.arg(commit.key());
            }
            for (Commit commit : commits) {
                casArgs(request, commit);
            }
            return List.of(request);
        }
        List<Request> requests = new ArrayList<>(commits.size());
        for (Commit commit : commits) {
            requests.add(casArgs(Request.cmd(Command.EVALSHA).arg(SHA).arg(1).arg(commit.key()), commit));
        }
        return requests;
    }

    private static Request casArgs(Request request, Commit commit) {
        return request.arg(commit.expectedVersion() == null ? NO_VALUE : commit.expectedVersion())
                .arg(commit.value()).arg(commit.ttlSeconds());
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

    private Future<List<Response>> send(List<Request> writes) {
        return batch.apply(writes).recover(failure -> {
            if (failure.getMessage() != null && failure.getMessage().contains("NOSCRIPT")) {
                return loadScript(batch).compose(loaded -> batch.apply(writes));
            }
            return Future.failedFuture(failure);
        });
    }

    private static Future<Void> loadScript(Function<List<Request>, Future<List<Response>>> batch) {
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
