package io.github.idfraud.scoring.health;

import io.github.idfraud.scoring.model.ModelRegistry;
import io.github.idfraud.scoring.redis.RedisPing;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Redis answers and a model is loaded. */
@Readiness
@Singleton
public class ScoringReadiness implements AsyncHealthCheck {

    private final RedisPing redis;
    private final ModelRegistry models;

    ScoringReadiness(RedisPing redis, ModelRegistry models) {
        this.redis = redis;
        this.models = models;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        boolean modelLoaded = models.isLoaded();
        String version = modelLoaded ? models.live().model().card().version() : "none";
        return redis.ping()
                .ifNoItem().after(Duration.ofSeconds(2)).fail()
                .map(pong -> true)
                .onFailure().recoverWithItem(false)
                .map(redisUp -> HealthCheckResponse.named("scoring")
                        .status(redisUp && modelLoaded)
                        .withData("redis", redisUp ? "up" : "down")
                        .withData("model", version)
                        .build());
    }
}
