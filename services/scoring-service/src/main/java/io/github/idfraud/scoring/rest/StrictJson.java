package io.github.idfraud.scoring.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Refuses a request body that names one field twice, as a 400 naming it. Parsers disagree on which value wins (Jackson
 * keeps the last, others the first), so a gateway and this service could read two different events from one body; and
 * Jackson cannot put a second value into a record at all, which answered a label with a repeated field with a 500.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
