package io.github.idfraud.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document, the body of every error of both services; {@code violations} names each field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid field or parameter: a JSON path into the body ({@code transaction.amount}) or a parameter name. */
    public record FieldViolation(String field, String message) {
    }

    public static Response response(int status, String title, String detail, List<FieldViolation> violations) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail, violations)).build();
    }

    public static Response response(Response.Status status, String title, String detail, List<FieldViolation> violations) {
        return response(status.getStatusCode(), title, detail, violations);
    }

    public static Response response(Response.Status status, String title, String detail) {
        return response(status.getStatusCode(), title, detail, List.of());
    }
}
