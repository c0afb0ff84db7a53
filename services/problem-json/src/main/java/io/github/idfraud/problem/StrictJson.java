package io.github.idfraud.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Both services read request bodies strictly, so a refusal names the field instead of a guess being stored.
 * <ul>
 * <li>A field named twice is refused: parsers disagree on which value wins (Jackson keeps the last, others the first),
 * so a gateway and a service could read two different requests from one body; and Jackson cannot put a second value
 * into a record at all, which answered a label with a repeated field with a 500.</li>
 * <li>Enum constants are read by name, never by position: Jackson's default read {@code "to": 3} (or "3") as the fourth
 * case status and closed a case as CONFIRMED_FRAUD, and {@code "label": 0} as FRAUD (the scoring API's fuzz test);
 * answers that change whenever an enum is reordered.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
