package io.github.idfraud.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
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

    /** Names the field the parser had reached, when it was inside one (a NaN token, a repeated key, a cut-off value). */
    @ServerExceptionMapper
    public Response unparseable(JsonParseException e) {
        // The parser's own message quotes the offending token: a refusal never repeats what the caller sent.
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        String detail = "the body is not valid JSON" + where;
        String field = e.getProcessor() == null ? "" : path(e.getProcessor().getParsingContext());
        if (field.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON", detail);
        }
        return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON", detail + " at " + field,
                List.of(new Problem.FieldViolation(field, "is not valid JSON")));
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
        if (e.getCause() instanceof JsonParseException parse) {
            return unparseable(parse); // broken JSON inside a list: the parser knows the field, the mapping only the item
        }
        return fieldProblem(e, "cannot be read");
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Malformed JSON", "the body cannot be read as JSON");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // The REST layer wraps some Jackson failures in a 400 of its own (a value Java cannot hold, such as an instant
        // past year 1e9 or an enum ordinal past int; a body the parser refuses): answered as the mappers above answer
        // them, so the field is named when Jackson knows it.
        if (status == Response.Status.BAD_REQUEST.getStatusCode() && e.getCause() instanceof JsonProcessingException jackson) {
            return jackson(jackson);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        Response problem = Problem.response(status, known == null ? "HTTP " + status : known.getReasonPhrase(),
                e.getMessage(), List.of());
        String challenge = e.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        return challenge == null ? problem
                : Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private Response jackson(JsonProcessingException e) {
        if (e instanceof InvalidFormatException invalidFormat) {
            return badValue(invalidFormat);
        }
        if (e instanceof MismatchedInputException mismatchedInput) {
            return mismatched(mismatchedInput);
        }
        if (e instanceof JsonMappingException unmapped) {
            return mapping(unmapped);
        }
        if (e instanceof JsonParseException parse) {
            return unparseable(parse);
        }
        return json(e);
    }

    /** Where a parser stands, as a JSON path ({@code events[2].eventId}); empty at the top level. */
    static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                path.insert(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                path.insert(0, "." + at.getCurrentName());
            }
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
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
