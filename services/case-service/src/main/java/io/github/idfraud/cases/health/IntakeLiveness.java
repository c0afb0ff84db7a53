package io.github.idfraud.cases.health;

import io.github.idfraud.cases.intake.AlertIntake;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive only while the alert intake thread runs: a dead loop would silently stop turning alerts into cases.
 * Readiness (PostgreSQL and Redis answering) comes from the datasource and Redis health checks of Quarkus.
 */
@Liveness
@ApplicationScoped
public class IntakeLiveness implements HealthCheck {

    private final AlertIntake intake;

    IntakeLiveness(AlertIntake intake) {
        this.intake = intake;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("alert-intake").status(intake.isRunning()).build();
    }
}
