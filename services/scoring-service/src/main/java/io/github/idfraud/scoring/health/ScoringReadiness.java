package io.github.idfraud.scoring.health;

import io.github.idfraud.scoring.model.ModelRegistry;
import io.github.idfraud.scoring.redis.BucketCountCheck;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when Redis answers, this pod spreads identifier values over the deployment's number of buckets, and a
 * model is loaded.
 */
@Readiness
@Singleton
public class ScoringReadiness implements AsyncHealthCheck {

    private final BucketCountCheck buckets;
    private final ModelRegistry models;

    ScoringReadiness(BucketCountCheck buckets, ModelRegistry models) {
        this.buckets = buckets;
        this.models = models;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        boolean modelLoaded = models.isLoaded();
        String version = modelLoaded ? models.live().model().card().version() : "none";
        // The bucket check's one call doubles as the ping: no answer means Redis is down.
        return buckets.disagreement()
                .ifNoItem().after(Duration.ofSeconds(2)).fail()
                .map(Optional::ofNullable)
                .map(disagreement -> HealthCheckResponse.named("scoring")
                        .status(disagreement.isEmpty() && modelLoaded)
                        .withData("redis", "up")
                        .withData("state-buckets", disagreement.orElse("agreed"))
                        .withData("model", version)
                        .build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named("scoring")
                        .down()
                        .withData("redis", "down")
                        .withData("model", version)
                        .build());
    }
}
