package io.github.idfraud.trainer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.models.ModelCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The released card, read and written again, gives the committed files byte for byte: JSON and Markdown. */
class ModelCardWriterTests {

    private static final Path RELEASED = Path.of("..", "models", "src", "main", "resources", "models", "default");

    @TempDir
    Path dir;

    @Test
    void theReleasedCardWritesBackToTheCommittedJsonAndMarkdown() throws Exception {
        ModelCardWriter writer = new ModelCardWriter();
        ModelCard card = writer.read(RELEASED.resolve("model-card.json"));

        writer.write(card, dir);

        for (String file : new String[] {"model-card.json", "model-card.md"}) {
            assertThat(Files.readString(dir.resolve(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(Files.readString(RELEASED.resolve(file), StandardCharsets.UTF_8));
        }
    }
}
