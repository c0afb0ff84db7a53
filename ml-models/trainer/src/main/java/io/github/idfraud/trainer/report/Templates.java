package io.github.idfraud.trainer.report;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Qute templates from {@code templates/} on the classpath. Standalone Qute: no escaping (the templates are Markdown),
 * values read from records and getters by reflection, lines holding only a section tag left out of the output.
 */
final class Templates {

    private static final Engine ENGINE = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .removeStandaloneLines(true).build();

    private Templates() {
    }

    static Template load(String name) {
        String resource = "/templates/" + name;
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no template " + resource + " on the classpath");
            }
            return ENGINE.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + resource, e);
        }
    }
}
