package io.github.idfraud.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.idfraud.contract.ContractJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A rule set as JSON: {@code {"rules": [{"id", "description", "condition", "action", "reasonCode", "status", "version"}]}}. */
public final class RuleSetJson {

    /** A file may leave {@code version} out (0: not yet stored); the store numbers rules itself. */
    private static final ObjectMapper JSON = ContractJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RuleSetJson() {
    }

    public static RuleSet read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** @param origin named in the error when the JSON is malformed */
    public static RuleSet read(InputStream in, String origin) throws IOException {
        try {
            return JSON.readValue(in, RuleSet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + " is not a rule set (" + e.getOriginalMessage()
                    + "); expected {\"rules\": [{\"id\", \"description\", \"condition\", \"action\", \"reasonCode\", \"status\"}]}", e);
        }
    }

    public static String write(RuleSet set) {
        try {
            return JSON.writeValueAsString(set);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
