package io.github.idfraud.scoring.config;

import io.github.idfraud.features.TimeBounds;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service's one clock, and the live path's time bounds read against it (ADR 0008), shared by the API's validation,
 * the label stream and the feature engine.
 */
@Singleton
public class TimeBoundsProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    TimeBounds timeBounds(ScoringConfig config, Clock clock) {
        ScoringConfig.TimeBoundsSettings settings = config.timeBounds();
        return settings.enabled() ? TimeBounds.around(clock, settings.maxAhead(), settings.maxAge()) : TimeBounds.unbounded();
    }
}
