package io.github.idfraud.scoring.rest;

import io.github.idfraud.contract.ErrorSummary;
import io.github.idfraud.problem.Problem;
import io.github.idfraud.scoring.service.EventInProgressException;
import io.github.idfraud.scoring.service.UnknownEventException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The scoring API's own errors as problem+json; the shared ones (bad JSON, contract violations, HTTP errors) are
 * mapped by {@link io.github.idfraud.problem.RequestProblemMappers}. Bad input is a 4xx, never a 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response inProgress(EventInProgressException e) {
        return Problem.response(Response.Status.CONFLICT, "Event in progress", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownEvent(UnknownEventException e) {
        return Problem.response(Response.Status.NOT_FOUND, "Unknown event", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        // Logged without the request or the message: bodies carry personal data and messages may quote them.
        LOG.errorf("unexpected %s", ErrorSummary.of(e));
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "the event was not scored; retry later");
    }
}
