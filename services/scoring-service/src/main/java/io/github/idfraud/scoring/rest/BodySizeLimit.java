package io.github.idfraud.scoring.rest;

import io.github.idfraud.problem.Problem;
import io.github.idfraud.scoring.config.ScoringConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies whose declared length is over the configured limit with a 413 problem before they are read; a body
 * without a length is counted by {@link UnsizedBodyLimit}. The HTTP layer's own limit (quarkus.http.limits.max-body-size)
 * stays above both as the hard stop on what is buffered.
 */
public class BodySizeLimit {

    private final ScoringConfig.Limits limits;

    BodySizeLimit(ScoringConfig config) {
        this.limits = config.limits();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        int length = request.getLength();
        int limit = limit(limits, request.getUriInfo().getPath().endsWith(":batch"));
        if (length > limit) {
            return Optional.of(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Payload too large",
                    "the body has " + length + " bytes; the limit is " + limit, List.of()));
        }
        return Optional.empty();
    }

    /** A batch's limit or any other body's; {@link UnsizedBodyLimit} applies the same to bodies without a length. */
    static int limit(ScoringConfig.Limits limits, boolean batch) {
        return batch ? limits.maxBatchBytes() : limits.maxEventBytes();
    }
}
