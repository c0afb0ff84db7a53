package io.github.idfraud.scoring.rest;

import io.github.idfraud.problem.Problem;
import io.github.idfraud.scoring.config.ScoringConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over the configured limit with a 413 problem before they are parsed. The HTTP layer's own
 * limit (quarkus.http.limits.max-body-size) stays above this one as a hard stop for bodies without a length.
 */
public class BodySizeLimit {

    private final ScoringConfig.Limits limits;

    BodySizeLimit(ScoringConfig config) {
        this.limits = config.limits();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        int length = request.getLength();
        boolean batch = request.getUriInfo().getPath().endsWith(":batch");
        int limit = batch ? limits.maxBatchBytes() : limits.maxEventBytes();
        if (length > limit) {
            return Optional.of(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Payload too large",
                    "the body has " + length + " bytes; the limit is " + limit, List.of()));
        }
        return Optional.empty();
    }
}
