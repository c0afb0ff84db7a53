package io.github.idfraud.scoring.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.idfraud.contract.ErrorSummary;
import io.github.idfraud.scoring.service.EventInProgressException;
import io.github.idfraud.scoring.service.UnknownEventException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json; bad input is a 4xx that names the field, never a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Invalid request", "the request breaks the v1 contract",
                e.violations());
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON",
                "the body is not valid JSON: " + e.getOriginalMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e) {
        String expected = e.getTargetType() == null ? "another value" : describe(e.getTargetType());
        return fieldProblem(e, "has an invalid value; expected " + expected);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return fieldProblem(e, "has the wrong JSON type or shape");
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return fieldProblem(e, "cannot be read: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON", e.getOriginalMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response inProgress(EventInProgressException e) {
        return Problem.response(Response.Status.CONFLICT, "Event in progress", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response unknownEvent(UnknownEventException e) {
        return Problem.response(Response.Status.NOT_FOUND, "Unknown event", e.getMessage(), List.of());
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
    public Response forbidden(ForbiddenException e) {
        return Problem.response(Response.Status.FORBIDDEN, "Forbidden", "this key does not open this endpoint", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return Problem.response(status, title, e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        // Logged without the request or the message: bodies carry personal data and messages may quote them.
        LOG.errorf("unexpected %s", ErrorSummary.of(e));
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "the event was not scored; retry later", List.of());
    }

    /** The same answer for a missing and a wrong key, so a caller learns nothing about which keys exist. */
    private static Response unauthorized() {
        Response refused = Problem.response(Response.Status.UNAUTHORIZED, "Unauthorized",
                "send Authorization: Bearer <your API key>", List.of());
        return Response.fromResponse(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response fieldProblem(JsonMappingException e, String message) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON", "the body " + message, List.of());
        }
        return Problem.response(Response.Status.BAD_REQUEST, "Invalid request", "field " + field + " " + message,
                List.of(new Problem.FieldViolation(field, message)));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "Instant" -> "an ISO-8601 UTC timestamp such as 2026-11-28T10:15:30Z";
            case "LocalDate" -> "an ISO-8601 date such as 1984-03-02";
            case "BigDecimal" -> "a finite decimal number";
            default -> "a " + type.getSimpleName();
        };
    }
}
