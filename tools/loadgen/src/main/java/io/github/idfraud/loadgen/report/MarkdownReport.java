package io.github.idfraud.loadgen.report;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders a suite run as the markdown that goes between the bench markers of the README and docs/benchmarks.md:
 * the Qute template {@code templates/bench-report.md} (standalone Qute) lays out the {@link ReportView}.
 */
public final class MarkdownReport {

    private static final String TEMPLATE_RESOURCE = "templates/bench-report.md";
    private static final Template TEMPLATE = Engine.builder().addDefaults()
            .addValueResolver(new ReflectionValueResolver()).build().parse(read(TEMPLATE_RESOURCE));

    private MarkdownReport() {
    }

    /** @param resultsLink relative link to the results file from the document the table goes into */
    public static String render(SuiteResults results, String resultsLink) {
        return TEMPLATE.data("r", ReportView.of(results, resultsLink)).render().trim();
    }

    static String read(String resource) {
        try (InputStream in = MarkdownReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the load generator's classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
