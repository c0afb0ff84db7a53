package io.github.idfraud.cases.rest;

import io.github.idfraud.cases.service.CaseNotFoundException;
import io.github.idfraud.cases.service.DispositionMismatchException;
import io.github.idfraud.cases.service.IllegalTransitionException;
import io.github.idfraud.cases.service.NotCaseOwnerException;
import io.github.idfraud.contract.ErrorSummary;
import io.github.idfraud.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.common.util.URLUtils;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The case service's own errors as problem+json; the shared ones (bad JSON, parameter and body violations, HTTP
 * errors) are mapped by {@link io.github.idfraud.problem.RequestProblemMappers}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response notFound(CaseNotFoundException e) {
        return Problem.response(Response.Status.NOT_FOUND, "Case not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        return Problem.response(Response.Status.CONFLICT, "Illegal transition", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notOwner(NotCaseOwnerException e) {
        return Problem.response(Response.Status.FORBIDDEN, "Not your case", e.getMessage());
    }

    @ServerExceptionMapper
    public Response dispositionMismatch(DispositionMismatchException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Invalid field disposition", e.getMessage());
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return changedMeanwhile();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized("a bearer token is required");
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e) {
        return unauthorized("the bearer token is invalid, expired or not from the configured issuer");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(Response.Status.FORBIDDEN, "Forbidden", "your role does not allow this");
    }

    /**
     * RESTEasy Reactive's form parser throws a bare IllegalArgumentException for a malformed escape ({@code %ZZ}) in
     * a form body (the answer pages, the workbench); any other IllegalArgumentException is unexpected.
     */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        StackTraceElement[] origin = e.getStackTrace();
        if (origin.length > 0 && origin[0].getClassName().equals(URLUtils.class.getName())) {
            return Problem.response(Response.Status.BAD_REQUEST, "Malformed form",
                    "the form is not URL-encoded: every % must start a two-digit hexadecimal escape");
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return changedMeanwhile();
            }
            if (cause instanceof JDBCConnectionException) {
                // PostgreSQL restarting or failing over: not a bug, and the caller should simply come back.
                LOG.warnf("database unreachable: %s", ErrorSummary.of(e));
                return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                                "Database unavailable", "the change may not have been stored; retry in a few seconds "
                                        + "(with the same Idempotency-Key, where the request takes one)"))
                        .header(HttpHeaders.RETRY_AFTER, "5").build();
            }
        }
        // Logged without the request or the message: bodies may carry notes typed by analysts, and database
        // messages can quote the row's values.
        LOG.errorf("unexpected %s", ErrorSummary.of(e));
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error", "nothing was changed; retry later");
    }

    private static Response changedMeanwhile() {
        return Problem.response(Response.Status.CONFLICT, "Changed meanwhile",
                "someone else changed the case at the same time; reload it and try again");
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
