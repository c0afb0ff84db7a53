package io.github.idfraud.scoring.config;

import io.github.idfraud.features.EngineSettings;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.features.TimeBounds;
import io.github.idfraud.features.redis.RedisIdentifierStore;
import io.github.idfraud.scoring.redis.OrderedRedisConnection;
import io.github.idfraud.scoring.redis.Pipelines;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the shared feature engine to its ordered commit connection. A missing or short secret stops the start. */
@Singleton
public class FeatureEngineProducer {

    @Produces
    @Singleton
    Pseudonymiser pseudonymiser(ScoringConfig config) {
        return SecretKeys.pseudonymiser(config);
    }

    @Produces
    @Singleton
    StateBuckets stateBuckets(ScoringConfig config) {
        return new StateBuckets(config.featureStateBuckets());
    }

    @Produces
    @Singleton
    FeatureEngine featureEngine(OrderedRedisConnection commits, Pipelines pipelines, Pseudonymiser pseudonymiser,
                                StateBuckets buckets, ScoringConfig config, TimeBounds timeBounds, MeterRegistry meters) {
        FeatureEngine engine = new FeatureEngine(new RedisIdentifierStore(commits::batch, buckets, pipelines.cluster()),
                pseudonymiser,
                EngineSettings.defaults(config.featureKeyPrefix()).withStateCacheBytes(config.featureCacheBytes())
                        .withTimeBounds(timeBounds));
        // Refused commits applied again: another pod changed the identifier first, or this pod had not cached it.
        FunctionCounter.builder("fraud.feature.conflict.retries", engine, FeatureEngine::conflictRetries)
                .description("identifier updates applied again after a refused compare-and-set (another writer "
                        + "first, or an identifier this process had not cached)")
                .register(meters);
        return engine;
    }
}
