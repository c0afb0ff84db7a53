package io.github.idfraud.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus names of the {@code fraud.*} Micrometer meters the services register, read from their sources
 * ({@code Counter.builder("fraud.decisions")} is exported as {@code fraud_decisions_total}), so the dashboard
 * can be checked against what the code really exports rather than against a list kept by hand.
 */
public final class MeterNames {

    private static final Pattern BUILDER = Pattern.compile(
            "\\b(Counter|Timer|Gauge|DistributionSummary|FunctionCounter|LongTaskTimer)\\s*\\.\\s*builder\\s*\\(\\s*\"(fraud\\.[a-z0-9_.]+)\"");

    private MeterNames() {
    }

    public static Set<String> scan(Path root) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .forEach(f -> names.addAll(fromSource(read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static Set<String> fromSource(String source) {
        Set<String> names = new TreeSet<>();
        Matcher m = BUILDER.matcher(source);
        while (m.find()) {
            String base = m.group(2).replace('.', '_');
            switch (m.group(1)) {
                case "Counter", "FunctionCounter" -> names.add(base + "_total");
                case "Timer", "LongTaskTimer" -> {
                    for (String suffix : new String[] {"", "_bucket", "_count", "_sum", "_max", "_active_count", "_duration_sum"}) {
                        names.add(base + "_seconds" + suffix);
                    }
                }
                case "DistributionSummary" -> {
                    for (String suffix : new String[] {"", "_bucket", "_count", "_sum", "_max"}) {
                        names.add(base + suffix);
                    }
                }
                default -> names.add(base);
            }
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
