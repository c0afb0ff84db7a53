package io.github.idfraud.trainer.model;

import io.github.idfraud.models.ModelCard;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;

/**
 * Reads from a trained model how its native booster numbers inputs and outputs, for a server that builds the
 * booster's matrix itself: Tribuo gives feature ids in name order (not schema order) and picks output ids itself.
 */
public final class BoosterLayout {

    private BoosterLayout() {
    }

    public static ModelCard.BoosterInput of(Model<Label> model) {
        var featureMap = model.getFeatureIDMap();
        String[] byId = new String[featureMap.size()];
        for (VariableInfo info : featureMap) {
            byId[((VariableIDInfo) info).getID()] = info.getName();
        }
        var outputs = model.getOutputIDInfo();
        return new ModelCard.BoosterInput(new ArrayList<>(List.of(byId)), outputs.getID(ExampleFactory.FRAUD), outputs.size());
    }
}
