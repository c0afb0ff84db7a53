package io.github.idfraud.trainer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.models.ModelCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code model-card.json} (for the scoring service) and {@code model-card.md} (for people). */
public final class ModelCardWriter {

    private final ObjectMapper json = ContractJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(ModelCard card, Path directory) throws IOException {
        Files.writeString(directory.resolve("model-card.json"), json.writeValueAsString(card) + "\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("model-card.md"), new ModelCardMarkdown().render(card), StandardCharsets.UTF_8);
    }

    public ModelCard read(Path file) throws IOException {
        return json.readValue(file.toFile(), ModelCard.class);
    }
}
