package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Label;
import io.github.idfraud.features.IdentityKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.scoring.redis.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies a label to the identifiers of the event it names, found through the stored record of that event. A label
 * for an event this tenant never sent is refused, so one tenant cannot touch another's windows.
 */
@ApplicationScoped
public class LabelService {

    private final EventStore store;
    private final FeatureWindows features;
    private final Pseudonymiser pseudonymiser;
    private final ScoringMetrics metrics;

    LabelService(EventStore store, FeatureWindows features, Pseudonymiser pseudonymiser, ScoringMetrics metrics) {
        this.store = store;
        this.features = features;
        this.pseudonymiser = pseudonymiser;
        this.metrics = metrics;
    }

    /** Fails with {@link UnknownEventException} when this tenant never had the event scored. */
    public Uni<Void> apply(String tenant, Label label) {
        return store.find(pseudonymiser.eventReference(tenant, label.eventId())).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(new UnknownEventException(label.eventId()));
            }
            return features.applyLabel(tenant, IdentityKeys.fromMap(found.get().identityKeys()), label)
                    .invoke(() -> metrics.labelled(tenant, label.label().name()));
        });
    }
}
