package io.github.idfraud.trainer.model;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.Set;
import java.util.StringJoiner;
import org.tribuo.Model;
import org.tribuo.provenance.ModelProvenance;

/** One readable line from a Tribuo model's provenance: trainer, its hyperparameters, data size, Tribuo version. */
public final class ProvenanceSummary {

    // Bookkeeping entries that say nothing about how the model was trained.
    private static final Set<String> SKIPPED = Set.of("class-name", "host-short-name", "tribuo-version",
            "train-invocation-count", "is-sequence");

    private ProvenanceSummary() {
    }

    public static String of(Model<?> model) {
        ModelProvenance provenance = model.getProvenance();
        var trainer = provenance.getTrainerProvenance();
        var dataset = provenance.getDatasetProvenance();
        return simpleName(trainer.getClassName()) + "(" + parameters(trainer) + ") trained on "
                + dataset.getNumExamples() + " examples with " + dataset.getNumFeatures() + " features, "
                + dataset.getNumOutputs() + " outputs, Tribuo " + provenance.getTribuoVersion() + ", at "
                + provenance.getTrainingTime();
    }

    private static String parameters(ObjectProvenance object) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Pair<String, Provenance> entry : object) {
            if (SKIPPED.contains(entry.getA())) {
                continue;
            }
            Provenance value = entry.getB();
            if (value instanceof PrimitiveProvenance<?> primitive) {
                joiner.add(entry.getA() + "=" + primitive.getValue());
            } else if (value instanceof ObjectProvenance nested) {
                joiner.add(entry.getA() + "=" + simpleName(nested.getClassName()));
            }
        }
        return joiner.toString();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
