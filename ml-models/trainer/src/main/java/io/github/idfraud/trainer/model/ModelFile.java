package io.github.idfraud.trainer.model;

import io.github.idfraud.features.FeatureSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;

/** Loads a Tribuo model file for scoring and refuses one that does not fit this feature engine. */
public final class ModelFile {

    private ModelFile() {
    }

    @SuppressWarnings("unchecked")
    public static Model<Label> load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no model file at " + file + "; expected a model.tribuo written by train");
        }
        Model<?> model = Model.deserializeFromFile(file);
        boolean fraudClassifier = model.getOutputIDInfo().getDomain().stream()
                .anyMatch(o -> o instanceof Label label && label.getLabel().equals(ExampleFactory.FRAUD.getLabel()));
        if (!fraudClassifier) {
            throw new IllegalArgumentException(file + " is not a FRAUD/LEGIT classifier: its outputs are "
                    + model.getOutputIDInfo().getDomain());
        }
        Set<String> names = new HashSet<>();
        for (VariableInfo info : model.getFeatureIDMap()) {
            names.add(info.getName());
        }
        // Tribuo would silently ignore features it does not know: refuse a model built on another schema.
        FeatureSchema.requireCompatible(names);
        return (Model<Label>) model;
    }
}
