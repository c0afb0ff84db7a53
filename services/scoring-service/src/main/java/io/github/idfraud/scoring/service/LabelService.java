package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.features.IdentityKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.scoring.redis.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies a label to the identifiers of the event it names, found through the stored record of that event. A label
 * for an event this tenant never sent is refused, so one tenant cannot touch another's windows.
 */
@Singleton
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

    /**
     * A label from the case service, naming its event by the reference the alert carried ({@link KeyedEventReference}):
     * applied with the key that made the reference, the current one or, in a rotation window, the retiring one. Fails
     * with {@link UnknownEventException} when no key configured here made it, or no such event is stored.
     */
    public Uni<Void> applyReferenced(String tenant, String eventRef, LabelValue value, Instant reportedAt) {
        Optional<KeyedEventReference> parsed = KeyedEventReference.parse(eventRef);
        Pseudonymiser previous = pseudonymiser.previous();
        if (parsed.isEmpty()) {
            return Uni.createFrom().failure(UnknownEventException.referenced());
        }
        KeyedEventReference ref = parsed.get();
        boolean current = ref.keyId().equals(pseudonymiser.keyId());
        if (!current && (previous == null || !ref.keyId().equals(previous.keyId()))) {
            return Uni.createFrom().failure(UnknownEventException.referenced());
        }
        return store.find(ref.reference()).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(UnknownEventException.referenced());
            }
            IdentityKeys keys = IdentityKeys.fromMap(found.get().identityKeys());
            Uni<Void> applied = current
                    ? features.applyReferencedLabel(keys, ref.reference(), value, reportedAt)
                    : features.applyFormerReferencedLabel(keys, ref.reference(), value, reportedAt);
            return applied.invoke(() -> metrics.labelled(tenant, value.name()));
        });
    }

    private Uni<Void> labelled(String tenant, Label label, Uni<Void> applied) {
        return applied.invoke(() -> metrics.labelled(tenant, label.label().name()));
    }
}
