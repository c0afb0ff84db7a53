package io.github.idfraud.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The released card's Markdown is what the renderer makes of the released card's JSON, byte for byte. */
class ModelCardMarkdownTests {

    private static final Path RELEASED = Path.of("..", "models", "src", "main", "resources", "models", "default");

    @Test
    void theReleasedCardRendersToTheCommittedMarkdown() throws Exception {
        ModelCard card = new ModelCardWriter().read(RELEASED.resolve("model-card.json"));

        String rendered = new ModelCardMarkdown().render(card);

        assertThat(rendered).isEqualTo(Files.readString(RELEASED.resolve("model-card.md"), StandardCharsets.UTF_8));
    }
}
