package io.github.idfraud.features;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Applies an event's identifier plans with optimistic concurrency. Each identifier is one stored value: the plan runs
 * on the decoded state in the JVM, and the {@link IdentifierStore} writes the new value only if storage still holds
 * the version that was read. A lost race gets the winning value back and applies its plan again to it, so every
 * update lands exactly once however many scorers share the store.
 *
 * <p>Give it an ordered store (one connection, or anything that keeps the order of calls): commits are then sent in
 * the order they were chained on each other. With a pool, a commit can overtake the one it builds on and is refused,
 * which stays correct but costs retries.
 *
 * <p>Nothing is read first: values this process wrote or was refused with stay in a bounded cache, including writes
 * still on their way, and an identifier missing from it is taken as new. A stale or missing cache entry only costs
 * a refused compare-and-set and a retry, never a wrong count; a replay that keeps many events in flight sees each
 * event's effect in the next.
 *
 * <p>Each identifier remembers the events it counted lately (ADR 0011). An event it already counted, because an earlier
 * attempt committed there and died before its answer was stored, runs its reads only and commits nothing there.
 *
 * <p>A private replay (one writer, a namespace nobody reads; ADR 0016) writes behind: an update built on a cached value
 * that storage is known to hold stays in the cache, ahead of storage, and is written (compare-and-set, as any commit)
 * when the cache lets it go or on {@link #writeBack}. Identifiers the cache does not know still go to storage at once,
 * so one it let go is found there. Nothing is counted differently; storage just sees one write per identifier for
 * many updates.
 */
final class StateStore {

    static final int MAX_ATTEMPTS = 1000;
    /** The event hash of plans that are not an event's (labels, idempotent by their member already). */
    static final long NO_EVENT = -1;
    /** Write-backs per call to storage: a grouped call is one script run, and Redis does nothing else meanwhile. */
    private static final int WRITE_BACKS_PER_CALL = 128;

    private final IdentifierStore storage;
    private final EngineSettings settings;
    private final StateCache cache;
    private final LongAdder retries = new LongAdder();
    private final boolean writeBehind;
    /** Values the cache let go of that storage lacks; filled and sent under this store's lock, in the cache's order. */
    private List<IdentifierStore.Commit> writeBacks = new ArrayList<>();
    /** Set when storage refused or failed a write-back: a private replay's state is then not whole, and it stops. */
    private volatile Throwable writeBackFailure;

    StateStore(IdentifierStore storage, EngineSettings settings) {
        this.storage = storage;
        this.settings = settings;
        this.writeBehind = settings.privateReplay() && settings.stateCacheBytes() > 0;
        this.cache = settings.stateCacheBytes() <= 0 ? null
                : new StateCache(settings.stateCacheBytes(), writeBehind ? this::keepWriteBack : null);
    }

    /** How many identifier updates had to be applied again because another writer got there first. */
    long retries() {
        return retries.sum();
    }

    /**
     * Applies the plans and commits them; once every identifier is committed, the result is {@code whenApplied}'s.
     * The returned future fails with the cause itself (never a {@link CompletionException} around it).
     *
     * @param eventHash {@link IdentifierState#memberHash} of the event's reference, or {@link #NO_EVENT}
     */
    <T> CompletableFuture<T> apply(List<IdentifierPlan> plans, long eventTime, long eventHash, FeatureVector vector,
                                   Readings readings, Supplier<T> whenApplied) {
        Attempt<T> attempt = new Attempt<>(plans, new byte[plans.size()][], new long[plans.size()], eventTime, eventHash,
                vector, readings, whenApplied, new CompletableFuture<>());
        if (writeBackFailure != null) {
            attempt.done.completeExceptionally(new IllegalStateException("a value held ahead of storage could not be "
                    + "written: " + writeBackFailure.getMessage(), writeBackFailure));
            return attempt.done;
        }
        if (plans.isEmpty()) {
            attempt.finish();
            return attempt.done;
        }
        List<Integer> all = new ArrayList<>(plans.size());
        List<Integer> moving = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            all.add(i);
            if (writeBehind && plans.get(i).formerKeys().isEmpty()) {
                continue; // read under the lock, right before the update: see commit
            }
            // Not cached: the identifier is taken as new. If it is not, the commit is refused and returns the value,
            // so a known identifier costs the two round trips a read would, and a new one only one. A cached value
            // may still be on its way to storage: building on it chains this event after the previous one.
            attempt.values[i] = cache == null ? null : cache.get(plans.get(i).key());
            if (attempt.values[i] == null && !plans.get(i).formerKeys().isEmpty()) {
                moving.add(i);
            }
        }
        if (moving.isEmpty()) {
            commit(attempt, all, 1);
        } else {
            moveThenCommit(attempt, moving, all);
        }
        return attempt.done;
    }

    /**
     * During a pseudonymisation-key rotation, an identifier not known here under its current key may still have its
     * value under the retiring key's pseudonym: it is moved first, and the event then builds on it.
     */
    private void moveThenCommit(Attempt<?> attempt, List<Integer> moving, List<Integer> all) {
        List<IdentifierStore.Move> moves = new ArrayList<>(moving.size());
        for (int i : moving) {
            IdentifierPlan plan = attempt.plans.get(i);
            moves.add(new IdentifierStore.Move(plan.key(), plan.formerKeys()));
        }
        storage.move(moves).whenComplete((moved, failure) -> {
            if (failure != null) {
                attempt.done.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
                return;
            }
            try {
                for (int j = 0; j < moving.size(); j++) {
                    if (moved.get(j) != null) {
                        attempt.values[moving.get(j)] = moved.get(j);
                    }
                }
                commit(attempt, all, 1);
            } catch (RuntimeException e) {
                attempt.done.completeExceptionally(e);
            }
        });
    }

    CompletionStage<Void> prepare() {
        return storage.prepare();
    }

    private void commit(Attempt<?> attempt, List<Integer> which, int round) {
        List<Integer> written = new ArrayList<>(which.size());
        List<IdentifierStore.Commit> commits = new ArrayList<>(which.size());
        CompletionStage<List<IdentifierStore.Reply>> replies;
        // Building on the cached value and handing the commit to the store happen under one lock: on an ordered
        // store, commits then arrive in the order they were chained, and none overtakes the commit it builds on.
        synchronized (this) {
            for (int i : which) {
                IdentifierPlan plan = attempt.plans.get(i);
                if (writeBehind && round == 1 && attempt.values[i] == null) {
                    // Read and replaced under one lock: no other update, and no write-back of the value read, can
                    // come between.
                    StateCache.Cached cached = cache.lookUp(plan.key());
                    if (cached != null) {
                        attempt.values[i] = cached.value();
                        attempt.stored[i] = cached.storedVersion();
                    }
                }
                IdentifierState state = StateCodec.decode(attempt.values[i]);
                boolean event = attempt.eventHash != NO_EVENT;
                if (event && state.hasApplied(attempt.eventHash)) {
                    state.skipWrites(); // counted by an attempt that died before its answer was stored
                }
                plan.apply(state, attempt.eventTime, attempt.vector, attempt.readings);
                if (!state.changed()) {
                    continue;
                }
                if (event) {
                    state.rememberApplied(attempt.eventHash, attempt.eventTime, settings.retryGuard());
                }
                state.forgetExpired(attempt.eventTime);
                byte[] value = StateCodec.encode(state, nextVersion());
                long ttl = (state.hasLabels() ? max(settings.windowTtl(), settings.labelTtl())
                        : plan.lifetime() != null ? plan.lifetime() : settings.windowTtl()).toSeconds();
                if (writeBehind && attempt.stored[i] != StateCache.NOT_KNOWN) {
                    cache.putAhead(plan.key(), value, attempt.stored[i], (int) ttl);
                    continue;
                }
                if (cache != null) {
                    cache.put(plan.key(), value);
                }
                commits.add(new IdentifierStore.Commit(plan.key(),
                        state.version == 0 ? null : StateCodec.versionBytes(state.version), value, ttl));
                written.add(i);
            }
            // Before this event's commits: one of them may be an identifier the cache just let go of.
            sendWriteBacks();
            replies = written.isEmpty() ? null : storage.commit(commits, settings.privateReplay());
        }
        if (replies == null) {
            attempt.finish();
            return;
        }
        replies.whenComplete((answers, failure) -> {
            try {
                settle(attempt, written, commits, answers, failure, round);
            } catch (RuntimeException e) {
                attempt.done.completeExceptionally(e);
            }
        });
    }

    private void settle(Attempt<?> attempt, List<Integer> written, List<IdentifierStore.Commit> commits,
                        List<IdentifierStore.Reply> replies, Throwable failure, int round) {
        if (failure != null) {
            attempt.done.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure);
            return;
        }
        boolean settled;
        if (writeBehind) {
            // Under the lock: a cached value put back here may push another out, whose write-back must leave before
            // any later commit of that identifier. Serving has no write-backs, and needs no lock here.
            synchronized (this) {
                settled = sortReplies(attempt, written, commits, replies, round);
            }
        } else {
            settled = sortReplies(attempt, written, commits, replies, round);
        }
        if (settled) {
            attempt.finish();
        }
    }

    /**
     * Keeps what storage applied and applies the plans storage refused again; true when every commit has landed, false
     * when the attempt goes on (or failed).
     */
    private boolean sortReplies(Attempt<?> attempt, List<Integer> written, List<IdentifierStore.Commit> commits,
                                List<IdentifierStore.Reply> replies, int round) {
        List<Integer> lost = new ArrayList<>();
        for (int j = 0; j < written.size(); j++) {
            IdentifierStore.Reply reply = replies.get(j);
            int i = written.get(j);
            String key = attempt.plans.get(i).key();
            if (reply.applied()) {
                if (writeBehind) {
                    cache.confirm(key, StateCodec.versionOf(commits.get(j).value()));
                }
                continue;
            }
            // Refused: the reply is the value that won (or none), and the plan is applied again to it.
            lost.add(i);
            attempt.values[i] = reply.current();
            attempt.stored[i] = StateCache.NOT_KNOWN;
            if (cache != null) {
                cache.remove(key, commits.get(j).value());
                if (reply.current() != null) {
                    cache.putIfAbsent(key, reply.current());
                }
            }
        }
        if (writeBehind) {
            sendWriteBacks();
        }
        if (lost.isEmpty()) {
            return true;
        }
        if (round >= MAX_ATTEMPTS) {
            attempt.done.completeExceptionally(new IllegalStateException(
                    "an identifier changed under " + MAX_ATTEMPTS + " attempts in a row; giving up on this event"));
            return false;
        }
        retries.add(lost.size());
        commit(attempt, lost, round + 1);
        return false;
    }

    /**
     * Writes every value held ahead of storage (a private replay's end); completes when storage has them all. Call it
     * once the updates have landed.
     */
    CompletionStage<Void> writeBack() {
        synchronized (this) {
            if (cache != null) {
                cache.writeBackAll();
            }
            return sendWriteBacks();
        }
    }

    private void keepWriteBack(String key, long storedVersion, byte[] value, int lifetimeSeconds) {
        writeBacks.add(new IdentifierStore.Commit(key, StateCodec.versionBytes(storedVersion), value, lifetimeSeconds));
    }

    /** Sends the write-backs the cache handed over; any refusal means another writer, and fails the store. */
    private CompletableFuture<Void> sendWriteBacks() {
        if (writeBacks.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<IdentifierStore.Commit> sending = writeBacks;
        writeBacks = new ArrayList<>();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int from = 0; from < sending.size(); from += WRITE_BACKS_PER_CALL) {
            List<IdentifierStore.Commit> part = sending.subList(from, Math.min(sending.size(), from + WRITE_BACKS_PER_CALL));
            calls.add(storage.commit(part, settings.privateReplay()).toCompletableFuture().thenAccept(replies -> {
                for (int j = 0; j < replies.size(); j++) {
                    if (!replies.get(j).applied()) {
                        throw new IllegalStateException("storage refused the value of " + part.get(j).key()
                                + " held ahead of it: another writer changed it");
                    }
                }
            }).whenComplete((done, failure) -> {
                if (failure != null && writeBackFailure == null) {
                    writeBackFailure = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                }
            }));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    }

    /** Random, never 0 (0 means "no value"): writers on other machines cannot produce the same version by chance. */
    private static long nextVersion() {
        long v;
        do {
            v = ThreadLocalRandom.current().nextLong();
        } while (v == 0);
        return v;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One event's plans, the values they start from, where their readings go, and what completes when all landed. */
    /** {@code stored}: per plan, the version storage holds for its cached value ({@link StateCache#NOT_KNOWN}: unknown). */
    private record Attempt<T>(List<IdentifierPlan> plans, byte[][] values, long[] stored, long eventTime, long eventHash,
                              FeatureVector vector, Readings readings, Supplier<T> whenApplied, CompletableFuture<T> done) {

        void finish() {
            try {
                done.complete(whenApplied.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }
    }
}
