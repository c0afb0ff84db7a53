package io.github.idfraud.scoring.rest;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.features.TimeBounds;
import io.github.idfraud.problem.InvalidRequestException;
import io.github.idfraud.problem.Problem;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * Refuses an {@code occurredAt} or {@code reportedAt} outside the live path's {@link TimeBounds} (ADR 0008), as field
 * violations in the shape {@link RequestValidator} reports, so a refused time reads like any other invalid field.
 */
@Singleton
public class TimeBoundsValidator {

    static final String OCCURRED_AT = "occurredAt";
    static final String REPORTED_AT = "reportedAt";
    /** The bounds for the OpenAPI descriptions of the endpoints: their settings and defaults. */
    static final String DESCRIPTION = "more than " + EnvironmentVariables.FRAUD_TIME_BOUNDS_MAX_AHEAD + " (default "
            + TimeBounds.DEFAULT_MAX_AHEAD + ") ahead of the server's clock, or older than "
            + EnvironmentVariables.FRAUD_TIME_BOUNDS_MAX_AGE + " (default " + TimeBounds.DEFAULT_MAX_AGE
            + "), is a 400 problem naming the field.";

    private final TimeBounds bounds;

    TimeBoundsValidator(TimeBounds bounds) {
        this.bounds = bounds;
    }

    /** The violation of {@code field} (a JSON path), or none; a missing time is Bean Validation's to report. */
    List<Problem.FieldViolation> violations(Instant time, String field) {
        if (time == null) {
            return List.of();
        }
        return bounds.refusal(time).map(reason -> List.of(new Problem.FieldViolation(field, reason))).orElse(List.of());
    }

    void requireWithin(Instant time, String field) {
        List<Problem.FieldViolation> violations = violations(time, field);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
