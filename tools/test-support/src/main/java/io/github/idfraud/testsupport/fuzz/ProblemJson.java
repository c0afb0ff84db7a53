package io.github.idfraud.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The shape every API refusal must have (RFC 9457): {@code application/problem+json} whose {@code status} is the
 * response's and which has a title; a 400 for an input whose {@link FuzzRun.Input#field() field} is known names it
 * (or a field inside it, or the block holding it) among its {@code violations}.
 */
public final class ProblemJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemJson() {
    }

    /** What is wrong with the shape of a refusal, or null when it is right; a {@link FuzzRun} refusal check. */
    public static String shape(FuzzRun.Input input, FuzzHttp.Response response) {
        if (response.contentType() == null || !response.contentType().startsWith("application/problem+json")) {
            return "a refusal that is not application/problem+json";
        }
        if (input.request().method().equals("HEAD")) {
            return null;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException e) {
            return "a problem+json body that is not JSON";
        }
        if (problem == null || problem.path("status").asInt() != response.status()
                || problem.path("title").asText().isEmpty()) {
            return "a problem without the response's status or a title";
        }
        if (response.status() == 400 && input.field() != null && !names(problem, input.field())) {
            return "a 400 that does not name the field " + input.field() + " among its violations";
        }
        return null;
    }

    private static boolean names(JsonNode problem, String field) {
        for (JsonNode violation : problem.path("violations")) {
            String named = violation.path("field").asText();
            if (named.equals(field) || within(named, field) || within(field, named)) {
                return true;
            }
        }
        return false;
    }

    /** Whether JSON path {@code inner} lies inside {@code outer} ({@code identity.email} inside {@code identity}). */
    private static boolean within(String inner, String outer) {
        return !outer.isEmpty() && (inner.startsWith(outer + ".") || inner.startsWith(outer + "["));
    }
}
