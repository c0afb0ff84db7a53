package io.github.idfraud.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The errors both services share, as problem+json: bodies that are not JSON or do not fit the types (400 naming the
 * field), contract violations, and the framework's own HTTP errors. Each service adds its domain's errors and its
 * catch-all for the unexpected.
 */
public class RequestProblemMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Invalid request", e.getMessage(), e.violations());
    }

    @ServerExceptionMapper
    public Response violated(ConstraintViolationException e) {
        return invalid(new InvalidRequestException(e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(lastNode(v), v.getMessage())).toList()));
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON",
                "the body is not valid JSON: " + e.getOriginalMessage());
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
        return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON", e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        Response problem = Problem.response(status, known == null ? "HTTP " + status : known.getReasonPhrase(),
                e.getMessage(), List.of());
        String challenge = e.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        return challenge == null ? problem
                : Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    /** The field as a JSON path ({@code events[2].transaction.amount}); the whole body when there is none. */
    static Response fieldProblem(JsonMappingException e, String message) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON", "the body " + message);
        }
        return Problem.response(Response.Status.BAD_REQUEST, "Invalid request", "field " + field + " " + message,
                List.of(new Problem.FieldViolation(field, message)));
    }

    /** What a value of {@code type} looks like, in words a bank's developer can act on. */
    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "Instant" -> "an ISO-8601 UTC timestamp such as 2026-11-28T10:15:30Z";
            case "LocalDate" -> "an ISO-8601 date such as 1984-03-02";
            case "BigDecimal" -> "a finite decimal number";
            default -> "a " + type.getSimpleName();
        };
    }

    /** The last node of a violation path: {@code transition.body.reason} becomes {@code reason}. */
    private static String lastNode(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
