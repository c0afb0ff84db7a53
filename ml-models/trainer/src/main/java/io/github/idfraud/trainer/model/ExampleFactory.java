package io.github.idfraud.trainer.model;

import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Turns replayed events into Tribuo examples. Every schema feature is added, zeros included, in schema order:
 * XGBoost treats an absent feature as missing (not zero), and the serving side sends all features too.
 */
public final class ExampleFactory {

    public static final Label FRAUD = new Label("FRAUD");
    public static final Label LEGIT = new Label("LEGIT");

    private static final String[] NAMES = FeatureSchema.names().toArray(String[]::new);

    private final LabelFactory labels = new LabelFactory();

    public ArrayExample<Label> example(ReplayedEvent event, float weight) {
        float[] features = event.features();
        if (features.length != NAMES.length) {
            throw new IllegalStateException("event " + event.eventId() + " has " + features.length + " features, schema has "
                    + NAMES.length);
        }
        double[] values = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            values[i] = features[i];
        }
        ArrayExample<Label> example = new ArrayExample<>(event.fraud() ? FRAUD : LEGIT, NAMES, values);
        example.setWeight(weight);
        return example;
    }

    /**
     * @param fraudWeight example weight of FRAUD events (LEGIT events weigh 1), to offset the class imbalance
     */
    public MutableDataset<Label> dataset(String description, List<ReplayedEvent> events, float fraudWeight) {
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance(description, labels), labels);
        for (ReplayedEvent event : events) {
            dataset.add(example(event, event.fraud() ? fraudWeight : 1f));
        }
        return dataset;
    }
}
