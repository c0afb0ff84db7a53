package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.FeatureResult;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.features.IdentityKeys;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The shared feature engine as this service uses it: its asynchronous results as {@link Uni}, on the thread that
 * completes them (no hop). The only class that calls the engine's Redis-backed methods.
 */
@Singleton
public class FeatureWindows {

    private final FeatureEngine engine;

    FeatureWindows(FeatureEngine engine) {
        this.engine = engine;
    }

    /** The pseudonyms of the event's identifiers; touches nothing. */
    public IdentityKeys identify(String tenant, Event event) {
        return engine.identify(tenant, event);
    }

    /** Adds the event to its identifiers' windows and returns its features. */
    public Uni<FeatureResult> process(String tenant, Event event) {
        return Uni.createFrom().completionStage(() -> engine.process(tenant, event));
    }

    /** Links a label to the identifiers of the event it names (see {@link FeatureEngine#applyLabel}). */
    public Uni<Void> applyLabel(String tenant, IdentityKeys eventIds, Label label) {
        return Uni.createFrom().completionStage(() -> engine.applyLabel(tenant, eventIds, label));
    }

    /** A label for an event scored under the retiring key (see {@link FeatureEngine#applyFormerLabel}). */
    public Uni<Void> applyFormerLabel(String tenant, IdentityKeys formerEventIds, Label label) {
        return Uni.createFrom().completionStage(() -> engine.applyFormerLabel(tenant, formerEventIds, label));
    }

    /** A label naming its event by reference (see {@link FeatureEngine#applyReferencedLabel}). */
    public Uni<Void> applyReferencedLabel(IdentityKeys eventIds, String eventReference, LabelValue value, Instant reportedAt) {
        return Uni.createFrom().completionStage(() -> engine.applyReferencedLabel(eventIds, eventReference, value, reportedAt));
    }

    /** The same under the retiring key (see {@link FeatureEngine#applyFormerReferencedLabel}). */
    public Uni<Void> applyFormerReferencedLabel(IdentityKeys formerEventIds, String formerEventReference, LabelValue value,
                                                Instant reportedAt) {
        return Uni.createFrom().completionStage(() -> engine.applyFormerReferencedLabel(formerEventIds,
                formerEventReference, value, reportedAt));
    }

    /** The event's features with every window read as empty; touches nothing. */
    public FeatureVector withoutHistory(Event event) {
        return engine.withoutHistory(event);
    }
}
