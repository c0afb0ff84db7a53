package io.github.idfraud.scoring.config;

import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.Pseudonymiser;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.redis.client.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the shared feature engine to Quarkus' Redis client. A missing or short secret stops the start. */
@ApplicationScoped
public class FeatureEngineProducer {

    @Produces
    @ApplicationScoped
    Pseudonymiser pseudonymiser(ScoringConfig config) {
        return new Pseudonymiser(config.pseudonymisationKey().orElseThrow(() -> new IllegalStateException(
                "FRAUD_PSEUDONYMISATION_KEY is required (at least " + Pseudonymiser.MIN_SECRET_LENGTH + " characters)")));
    }

    @Produces
    @ApplicationScoped
    FeatureEngine featureEngine(Redis redis, Pseudonymiser pseudonymiser, ScoringConfig config, MeterRegistry meters) {
        FeatureEngine engine = new FeatureEngine(redis::batch, pseudonymiser,
                EngineSettings.defaults(config.featureKeyPrefix()).withStateCacheBytes(config.featureCacheBytes()));
        // Commits another pod beat to an identifier and that were applied again: contention on hot identifiers.
        FunctionCounter.builder("fraud.feature.conflict.retries", engine, FeatureEngine::conflictRetries)
                .description("identifier updates applied again after another writer changed the identifier first")
                .register(meters);
        return engine;
    }
}
