package io.github.idfraud.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import io.github.idfraud.features.Feature;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables rule conditions may name: {@code features.<FEATURE>} for every constant of {@link Feature} (double;
 * a feature added later appears here by itself) and {@code event.<field>} for every {@link EventFields.Name}.
 * Each is declared to CEL as a qualified name, so a misspelt feature is a compile error, not a silent null.
 */
final class RuleVariables {

    static final String FEATURES = "features.";
    static final String EVENT = "event.";

    private static final Map<String, Feature> FEATURES_BY_VARIABLE = new HashMap<>();
    private static final Map<String, EventFields.Name> EVENT_FIELDS_BY_VARIABLE = new HashMap<>();

    static {
        for (Feature feature : Feature.values()) {
            FEATURES_BY_VARIABLE.put(FEATURES + feature.name(), feature);
        }
        for (EventFields.Name name : EventFields.Name.values()) {
            EVENT_FIELDS_BY_VARIABLE.put(EVENT + name.name(), name);
        }
    }

    private RuleVariables() {
    }

    /** Every variable with its CEL type. */
    static Map<String, CelType> declarations() {
        Map<String, CelType> vars = new HashMap<>();
        FEATURES_BY_VARIABLE.keySet().forEach(name -> vars.put(name, SimpleType.DOUBLE));
        EVENT_FIELDS_BY_VARIABLE.forEach((name, field) -> vars.put(name, switch (field.kind()) {
            case STRING -> SimpleType.STRING;
            case DOUBLE -> SimpleType.DOUBLE;
            case BOOL -> SimpleType.BOOL;
            case INT -> SimpleType.INT;
        }));
        return vars;
    }

    static Feature feature(String variable) {
        return FEATURES_BY_VARIABLE.get(variable);
    }

    static EventFields.Name eventField(String variable) {
        return EVENT_FIELDS_BY_VARIABLE.get(variable);
    }
}
