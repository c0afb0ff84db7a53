package io.github.idfraud.scoring;

import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Event;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.FeatureVector;
import java.util.concurrent.TimeUnit;

/**
 * The exact features of a probe event, processed through the feature engine as the API would (the event counts like
 * any other): the API shows the cross-bank ones only in bands, and these tests check the exact counts.
 */
final class RawFeatures {

    private RawFeatures() {
    }

    /** The exact features of the event {@code body} of {@code tenant}. */
    static FeatureVector of(FeatureEngine engine, String tenant, String body) {
        try {
            Event event = ContractJson.newMapper().readValue(body, Event.class);
            return engine.process(tenant, event).toCompletableFuture().get(10, TimeUnit.SECONDS).features();
        } catch (Exception e) {
            throw new IllegalStateException("probe event not processed", e);
        }
    }
}
