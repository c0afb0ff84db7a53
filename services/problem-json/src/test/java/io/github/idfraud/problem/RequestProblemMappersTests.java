package io.github.idfraud.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestProblemMappersTests {

    record Amount(BigDecimal value) {
    }

    record Body(List<Amount> amounts) {
    }

    private final RequestProblemMappers mappers = new RequestProblemMappers();

    @Test
    void aValueOfTheWrongTypeIsA400NamingItsJsonPath() {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> new ObjectMapper().readValue("{\"amounts\":[{\"value\":1},{\"value\":\"ten\"}]}", Body.class));

        Response response = mappers.badValue((com.fasterxml.jackson.databind.exc.InvalidFormatException) e);

        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(problem.violations()).extracting(Problem.FieldViolation::field).containsExactly("amounts[1].value");
        assertThat(problem.detail()).contains("a finite decimal number");
    }

    enum Colour { RED, GREEN }

    record Paint(Colour colour) {
    }

    @Test
    void aValueJavaCannotHoldIsA400NamingTheFieldThoughTheRestLayerWrappedIt() {
        // An ordinal past int: Jackson's mapping exception, which the REST layer hands on inside a 400 of its own.
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> new ObjectMapper().readValue("{\"colour\":99999999999}", Paint.class));

        Response response = mappers.web(new WebApplicationException(e, Response.Status.BAD_REQUEST));

        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.violations()).extracting(Problem.FieldViolation::field).containsExactly("colour");
    }

    @Test
    void aRepeatedKeyIsMalformedJsonNamingWhereItWasRepeated() {
        ObjectMapper strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Inside a list, Jackson hands the parser's error on wrapped in a mapping error that knows only the item.
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> strict.readValue("{\"amounts\":[{\"value\":1},{\"value\":1,\"value\":2}]}", Body.class));

        Problem problem = (Problem) mappers.web(new WebApplicationException(e, Response.Status.BAD_REQUEST)).getEntity();

        assertThat(problem.title()).isEqualTo("Malformed JSON");
        assertThat(problem.violations()).extracting(Problem.FieldViolation::field).containsExactly("amounts[1].value");
    }

    @Test
    void textThatIsNotJsonAtAllNamesNoField() {
        JsonParseException e = catchThrowableOfType(JsonParseException.class,
                () -> new ObjectMapper().readValue("hello", Body.class));

        Problem problem = (Problem) mappers.web(new WebApplicationException(e, Response.Status.BAD_REQUEST)).getEntity();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Malformed JSON");
        assertThat(problem.violations()).isNullOrEmpty();
    }

    @Test
    void everyViolationOfAnInvalidRequestIsListed() {
        InvalidRequestException e = new InvalidRequestException(List.of(
                new Problem.FieldViolation("eventId", "must not be blank"),
                new Problem.FieldViolation("type", "is required")));

        Problem problem = (Problem) mappers.invalid(e).getEntity();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("eventId must not be blank; type is required");
        assertThat(problem.violations()).hasSize(2);
    }
}
