package io.github.idfraud.cases.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.idfraud.cases.service.CaseNotFoundException;
import io.github.idfraud.cases.service.IllegalTransitionException;
import io.github.idfraud.contract.ErrorSummary;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of the analyst API leaves as application/problem+json; bad input is a 4xx naming the field. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.response(400, "Invalid request", e.getMessage(), e.violations());
    }

    @ServerExceptionMapper
    public Response violated(ConstraintViolationException e) {
        List<Problem.FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(field(v), v.getMessage())).toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return Problem.response(400, "Invalid request", detail, violations);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e) {
        return Problem.response(400, "Malformed JSON", "the body is not valid JSON: " + e.getOriginalMessage(),
                List.of());
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        String expected = target != null && target.isEnum()
                ? "one of " + Arrays.toString(target.getEnumConstants()) : "a " + simpleName(target);
        return fieldProblem(e, "has an invalid value; expected " + expected);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return fieldProblem(e, "has the wrong JSON type or shape");
    }

    @ServerExceptionMapper
    public Response notFound(CaseNotFoundException e) {
        return Problem.response(Response.Status.NOT_FOUND, "Case not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        return Problem.response(Response.Status.CONFLICT, "Illegal transition", e.getMessage());
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

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        Response problem = Problem.response(status, known == null ? "HTTP " + status : known.getReasonPhrase(),
                e.getMessage(), List.of());
        String challenge = e.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        return challenge == null ? problem : Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return changedMeanwhile();
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

    private static Response fieldProblem(JsonMappingException e, String message) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            return Problem.response(400, "Malformed JSON", "the body " + message, List.of());
        }
        return Problem.response(400, "Invalid request", "field " + field + " " + message,
                List.of(new Problem.FieldViolation(field, message)));
    }

    /** The last node of a violation path: {@code transition.body.reason} becomes {@code reason}. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value of another type" : type.getSimpleName();
    }
}
