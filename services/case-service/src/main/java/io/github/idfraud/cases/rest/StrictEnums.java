package io.github.idfraud.cases.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies name enum constants, never their positions: Jackson's default read {@code "to": 3} (or "3") as the
 * fourth status and closed a case as CONFIRMED_FRAUD, an answer that changes whenever the enum is reordered.
 */
@Singleton
public class StrictEnums implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
