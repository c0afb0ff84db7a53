package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Label;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.IdentityKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies a label to the identifiers of the event it names, found through the stored record of that event. A label
 * for an event this tenant never sent is refused, so one tenant cannot touch another's windows.
 */
@ApplicationScoped
public class LabelService {

    private final EventStore store;
    private final FeatureEngine engine;
    private final Pseudonymiser pseudonymiser;
    private final ScoringMetrics metrics;

    LabelService(EventStore store, FeatureEngine engine, Pseudonymiser pseudonymiser, ScoringMetrics metrics) {
        this.store = store;
        this.engine = engine;
        this.pseudonymiser = pseudonymiser;
        this.metrics = metrics;
    }

    public Future<Void> apply(String tenant, Label label) {
        return store.find(pseudonymiser.eventReference(tenant, label.eventId())).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(new UnknownEventException(label.eventId()));
            }
            IdentityKeys ids = IdentityKeys.fromMap(found.get().identityKeys());
            return Future.fromCompletionStage(engine.applyLabel(tenant, ids, label))
                    .onSuccess(done -> metrics.labelled(tenant, label.label().name()));
        });
    }
}
