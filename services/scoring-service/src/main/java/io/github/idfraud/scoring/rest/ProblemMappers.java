package io.github.idfraud.scoring.rest;

import io.github.idfraud.contract.ErrorSummary;
import io.github.idfraud.features.TimeOutOfBoundsException;
import io.github.idfraud.problem.Problem;
import io.github.idfraud.scoring.quota.QuotaExceededException;
import io.github.idfraud.scoring.security.AuthenticationThrottledException;
import io.github.idfraud.scoring.service.EventInProgressException;
import io.github.idfraud.scoring.service.ProfileNotKeptException;
import io.github.idfraud.scoring.service.UnknownEventException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
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

    /** The label's eventId is the field at fault: named, as every refused field is, and not repeated. */
    @ServerExceptionMapper
    public Response unknownEvent(UnknownEventException e) {
        return Problem.response(Response.Status.NOT_FOUND, "Unknown event", "no scored event of this tenant has this eventId",
                List.of(new Problem.FieldViolation("eventId", "names no event this tenant had scored")));
    }

    /** RFC 6585's 429, with when the tenant's tokens are back; the problem names the quota, not other tenants. */
    @ServerExceptionMapper
    public Response overQuota(QuotaExceededException e) {
        return tooManyRequests(e.getMessage() + " on this instance", e.retryAfter());
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Payload too large", e.getMessage(), List.of());
    }

    /** The feature engine's own time bound; the API's validation normally refuses such a time first, alike. */
    @ServerExceptionMapper
    public Response outOfTimeBounds(TimeOutOfBoundsException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Invalid request", e.getMessage(),
                List.of(new Problem.FieldViolation(e.field(), e.reason())));
    }

    @ServerExceptionMapper
    public Response profileNotKept(ProfileNotKeptException e) {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, "Profile not kept",
                e.getMessage())).header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response unknownKey(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response throttled(AuthenticationThrottledException e) {
        return tooManyRequests("too many unknown API keys from this address", e.retryAfter());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(Response.Status.FORBIDDEN, "Forbidden", "this key does not open this endpoint");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        // Logged without the request or the message: bodies carry personal data and messages may quote them.
        LOG.errorf("unexpected %s", ErrorSummary.of(e));
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "the event was not scored; retry later");
    }

    /** A 429 whose Retry-After is the wait in whole seconds, rounded up and at least 1 (the header has no fractions). */
    private static Response tooManyRequests(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "Too many requests",
                detail + "; retry after the Retry-After seconds"))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    /** The same answer for a missing and a wrong key, so a caller learns nothing about which keys exist. */
    private static Response unauthorized() {
        Response refused = Problem.response(Response.Status.UNAUTHORIZED, "Unauthorized",
                "send Authorization: Bearer <your API key>");
        return Response.fromResponse(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
