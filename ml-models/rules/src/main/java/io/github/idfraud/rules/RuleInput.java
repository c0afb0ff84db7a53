package io.github.idfraud.rules;

import dev.cel.runtime.CelVariableResolver;
import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureVector;
import java.util.Optional;

/** One event as the rules see it: resolves {@code features.*} and {@code event.*} on demand, nothing copied. */
final class RuleInput implements CelVariableResolver {

    private final FeatureVector features;
    private final EventFields event;

    RuleInput(FeatureVector features, EventFields event) {
        this.features = features;
        this.event = event;
    }

    @Override
    public Optional<Object> find(String name) {
        Feature feature = RuleVariables.feature(name);
        if (feature != null) {
            return Optional.of(features.get(feature));
        }
        EventFields.Name field = RuleVariables.eventField(name);
        return field == null ? Optional.empty() : Optional.of(event.value(field));
    }
}
