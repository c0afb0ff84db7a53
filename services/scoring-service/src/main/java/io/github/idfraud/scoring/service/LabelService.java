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

    /**
     * Fails with {@link UnknownEventException} when this tenant never had the event scored. During a
     * pseudonymisation-key rotation window an event scored before the switch is found under the retiring key's
     * reference.
     */
    public Uni<Void> apply(String tenant, Label label) {
        Pseudonymiser previous = pseudonymiser.previous();
        return store.find(pseudonymiser.eventReference(tenant, label.eventId())).flatMap(found -> {
            if (found.isPresent()) {
                return labelled(tenant, label, features.applyLabel(tenant, IdentityKeys.fromMap(found.get().identityKeys()), label));
            }
            if (previous == null) {
                return Uni.createFrom().failure(new UnknownEventException(label.eventId()));
            }
            return store.find(previous.eventReference(tenant, label.eventId())).flatMap(former -> former.isEmpty()
                    ? Uni.createFrom().failure(new UnknownEventException(label.eventId()))
                    : labelled(tenant, label, features.applyFormerLabel(tenant,
                            IdentityKeys.fromMap(former.get().identityKeys()), label)));
        });
    }

    private Uni<Void> labelled(String tenant, Label label, Uni<Void> applied) {
        return applied.invoke(() -> metrics.labelled(tenant, label.label().name()));
    }
}
