package io.github.idfraud.features;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * The one feature code path: pseudonymise an event's identifiers, update and read their event-time windows (one
 * stored value per identifier, changed by compare-and-set, see {@link StateStore}), and assemble the feature vector.
 * Serving and training replay both use this class. Its futures complete on the thread that completes the store's
 * (the Redis client's event loop) and fail with the cause itself.
 *
 * <p><b>Time bound (ADR 0008).</b> Windows follow event time, so one event or label stamped days ahead would move an
 * identifier's newest bucket forward and prune everything behind it: the velocity history of a national ID, e-mail,
 * device or IP shared by every bank. With {@link EngineSettings#timeBounds()} set (serving), {@link #process} and
 * {@link #applyLabel}, the only ways into the store, refuse a time past the bound's upper end with a
 * {@link TimeOutOfBoundsException} before anything is read or written. The bound is a clock's "now", not the newest
 * time an identifier has seen: an identifier idle for a week rightly jumps a week ahead, and only a clock tells that
 * from a forged date. Back-dated times wipe nothing (buckets are pruned from the newest), so the engine leaves
 * their lower bound to the API. Replays are unbounded and compute exactly what they did before.
 *
 * <p><b>Once per identifier (ADR 0011).</b> Each identifier remembers the events it counted lately, by a hash of their
 * tenant-scoped event reference. An event processed again (the bank's retry after a scorer died between its window
 * commits and storing its answer) is not counted again where it already was, and still gets its features.
 */
public final class FeatureEngine {

    private static final IdentifierKind[] LABELLED_KINDS = {
        IdentifierKind.DEVICE, IdentifierKind.COUNTERPARTY, IdentifierKind.ADDRESS, IdentifierKind.CUSTOMER,
        IdentifierKind.PAYEE_ACCOUNT};

    private final Pseudonymiser pseudonymiser;
    private final IdentifierExtractor extractor;
    private final UpdatePlanner planner;
    private final FeatureDeriver deriver = new FeatureDeriver();
    private final StateStore store;
    private final EngineSettings settings;

    /**
     * @param storage where identifier values live, e.g. a {@code RedisIdentifierStore} on one ordered connection
     */
    public FeatureEngine(IdentifierStore storage, Pseudonymiser pseudonymiser, EngineSettings settings) {
        this.pseudonymiser = pseudonymiser;
        this.extractor = new IdentifierExtractor(pseudonymiser);
        this.planner = new UpdatePlanner(settings, pseudonymiser);
        this.store = new StateStore(storage, settings);
        this.settings = settings;
    }

    /** Gets the store ready ahead of the first event (loads the compare-and-set script; optional, commits do it too). */
    public CompletionStage<Void> prepare() {
        return store.prepare();
    }

    /**
     * Writes to storage every identifier value a private replay holds ahead of it ({@link EngineSettings#privateReplay});
     * completes at once on other engines. Call it once every update has landed, e.g. at the end of a replay, when
     * storage must hold the final state.
     */
    public CompletionStage<Void> writeBack() {
        return store.writeBack();
    }

    /** Identifier updates applied again because another writer changed the identifier first (contention gauge). */
    public long conflictRetries() {
        return store.retries();
    }

    /** The pseudonyms of an event's identifiers, without touching Redis. */
    public IdentityKeys identify(String tenant, Event event) {
        return extractor.extract(tenant, event);
    }

    /**
     * Adds the event to its identifiers' windows and returns its features, which include the event itself. An identifier
     * that already counted this event id of this tenant lately ({@link EngineSettings#retryGuard()}) is read, not
     * counted again. Fails with {@link TimeOutOfBoundsException} when its {@code occurredAt} lies past the time bound.
     */
    public CompletionStage<FeatureResult> process(String tenant, Event event) {
        return process(tenant, event, identify(tenant, event));
    }

    /** As {@link #process(String, Event)}, with the identity keys already computed by {@link #identify}. */
    public CompletionStage<FeatureResult> process(String tenant, Event event, IdentityKeys ids) {
        if (!event.type().scored()) {
            throw new IllegalArgumentException(event.type() + " events are not scored and have no features");
        }
        Optional<String> refusal = settings.timeBounds().aheadRefusal(event.occurredAt());
        if (refusal.isPresent()) {
            return CompletableFuture.failedFuture(new TimeOutOfBoundsException("occurredAt", refusal.get()));
        }
        List<IdentifierPlan> plans = planner.plan(tenant, event, ids);
        long eventHash = IdentifierState.memberHash(pseudonymiser.eventReference(tenant, event.eventId()));
        FeatureVector vector = new FeatureVector();
        Readings readings = new Readings();
        deriver.eventLocal(event, vector);
        return store.apply(plans, event.occurredAt().getEpochSecond(), eventHash, vector, readings, () -> {
            deriver.derived(event, readings, vector);
            return new FeatureResult(vector, ids);
        });
    }

    /**
     * The features an event has on its own, every window read as empty: what a degraded answer is scored on when
     * Redis cannot be reached. Nothing is written.
     */
    public FeatureVector withoutHistory(Event event) {
        FeatureVector vector = new FeatureVector();
        deriver.eventLocal(event, vector);
        deriver.derived(event, new Readings(), vector);
        return vector;
    }

    /**
     * Links a label to the device, counterparty, address, customer and payee account of the event it is about, from its
     * {@code reportedAt}: a FRAUD label adds to their label windows, a LEGIT label withdraws an earlier FRAUD. Fails with
     * {@link TimeOutOfBoundsException} when its {@code reportedAt} lies past the time bound.
     *
     * @param eventIds the identity keys stored when the labelled event was scored
     */
    public CompletionStage<Void> applyLabel(String tenant, IdentityKeys eventIds, Label label) {
        return linkLabel(eventIds, pseudonymiser.eventReference(tenant, label.eventId()), label.label(),
                label.reportedAt(), planner::keyOf);
    }

    /**
     * As {@link #applyLabel(String, IdentityKeys, Label)}, for a label that names its event by the reference this
     * engine's key gave it (the case service's labels never carry the bank's event id).
     */
    public CompletionStage<Void> applyReferencedLabel(IdentityKeys eventIds, String eventReference, LabelValue value,
                                                      Instant reportedAt) {
        return linkLabel(eventIds, eventReference, value, reportedAt, planner::keyOf);
    }

    /**
     * During a pseudonymisation-key rotation window, a label for an event scored under the retiring key, whose stored
     * identity keys are the retiring key's pseudonyms: it goes to their values still under those pseudonyms, which move
     * with it when next seen. An identifier moved already cannot be found from its old pseudonym and misses the label.
     */
    public CompletionStage<Void> applyFormerLabel(String tenant, IdentityKeys formerEventIds, Label label) {
        Pseudonymiser previous = pseudonymiser.previous();
        if (previous == null) {
            throw new IllegalStateException("no previous pseudonymisation key: no rotation window is open");
        }
        return linkLabel(formerEventIds, previous.eventReference(tenant, label.eventId()), label.label(),
                label.reportedAt(), planner::formerKeyOf);
    }

    /** As {@link #applyFormerLabel(String, IdentityKeys, Label)}, for a label naming the retiring key's reference. */
    public CompletionStage<Void> applyFormerReferencedLabel(IdentityKeys formerEventIds, String formerEventReference,
                                                            LabelValue value, Instant reportedAt) {
        if (pseudonymiser.previous() == null) {
            throw new IllegalStateException("no previous pseudonymisation key: no rotation window is open");
        }
        return linkLabel(formerEventIds, formerEventReference, value, reportedAt, planner::formerKeyOf);
    }

    /** @param member the labelled event's reference under the key that made {@code eventIds} */
    private CompletionStage<Void> linkLabel(IdentityKeys eventIds, String member, LabelValue value, Instant reportedAt,
                                            BiFunction<IdentifierKind, String, String> keyOf) {
        Optional<String> refusal = settings.timeBounds().aheadRefusal(reportedAt);
        if (refusal.isPresent()) {
            return CompletableFuture.failedFuture(new TimeOutOfBoundsException("reportedAt", refusal.get()));
        }
        List<IdentifierPlan> plans = new ArrayList<>();
        for (IdentifierKind kind : LABELLED_KINDS) {
            if (eventIds.has(kind)) {
                IdentifierPlan plan = new IdentifierPlan(keyOf.apply(kind, eventIds.get(kind)));
                plans.add(value == LabelValue.FRAUD ? plan.addLabel(member, settings.labelTtl()) : plan.removeLabel(member));
            }
        }
        return store.apply(plans, reportedAt.getEpochSecond(), StateStore.NO_EVENT, new FeatureVector(),
                new Readings(), () -> null);
    }
}
