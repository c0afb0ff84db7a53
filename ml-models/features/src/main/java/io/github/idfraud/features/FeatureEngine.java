package io.github.idfraud.features;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelValue;
import io.vertx.core.Future;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one feature code path: pseudonymise an event's identifiers, update and read their event-time windows (one
 * Redis value per identifier, changed by compare-and-set, see {@link StateStore}), and assemble the feature vector.
 * Serving and training replay both use this class.
 */
public final class FeatureEngine {

    private static final IdentifierKind[] LABELLED_KINDS = {
        IdentifierKind.DEVICE, IdentifierKind.COUNTERPARTY, IdentifierKind.ADDRESS, IdentifierKind.CUSTOMER};

    private final Pseudonymiser pseudonymiser;
    private final IdentifierExtractor extractor;
    private final UpdatePlanner planner;
    private final FeatureDeriver deriver = new FeatureDeriver();
    private final StateStore store;
    private final EngineSettings settings;

    /**
     * @param batch sends requests as one pipelined batch, e.g. {@code redis::batch} or a single connection's
     *              {@code batch} (a single connection keeps the order of successive batches)
     */
    public FeatureEngine(Function<List<Request>, Future<List<Response>>> batch, Pseudonymiser pseudonymiser,
                         EngineSettings settings) {
        this.pseudonymiser = pseudonymiser;
        this.extractor = new IdentifierExtractor(pseudonymiser);
        this.planner = new UpdatePlanner(settings);
        this.store = new StateStore(batch, settings);
        this.settings = settings;
    }

    /** Loads the compare-and-set script into Redis ahead of the first event (optional: EVALSHA falls back on its own). */
    public Future<Void> prepare() {
        return store.loadIntoRedis();
    }

    /** Identifier updates applied again because another writer changed the identifier first (contention gauge). */
    public long conflictRetries() {
        return store.retries();
    }

    /** The pseudonyms of an event's identifiers, without touching Redis. */
    public IdentityKeys identify(String tenant, Event event) {
        return extractor.extract(tenant, event);
    }

    /** Adds the event to its identifiers' windows and returns its features, which include the event itself. */
    public Future<FeatureResult> process(String tenant, Event event) {
        return process(tenant, event, identify(tenant, event));
    }

    public Future<FeatureResult> process(String tenant, Event event, IdentityKeys ids) {
        List<IdentifierPlan> plans = planner.plan(tenant, event, ids);
        FeatureVector vector = new FeatureVector();
        Readings readings = new Readings();
        deriver.eventLocal(event, vector);
        return store.apply(plans, event.occurredAt().getEpochSecond(), vector, readings).map(applied -> {
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
     * Links a label to the device, counterparty, address and customer of the event it is about, from its
     * {@code reportedAt}: a FRAUD label adds to their label windows, a LEGIT label withdraws an earlier FRAUD.
     *
     * @param eventIds the identity keys stored when the labelled event was scored
     */
    public Future<Void> applyLabel(String tenant, IdentityKeys eventIds, Label label) {
        List<IdentifierPlan> plans = new ArrayList<>();
        String member = pseudonymiser.eventReference(tenant, label.eventId());
        for (IdentifierKind kind : LABELLED_KINDS) {
            if (eventIds.has(kind)) {
                IdentifierPlan plan = new IdentifierPlan(planner.keyOf(kind, eventIds.get(kind)));
                plans.add(label.label() == LabelValue.FRAUD ? plan.addLabel(member, settings.labelTtl()) : plan.removeLabel(member));
            }
        }
        return store.apply(plans, label.reportedAt().getEpochSecond(), new FeatureVector(), new Readings());
    }
}
