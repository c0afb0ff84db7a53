package io.github.idfraud.loadgen.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.idfraud.contract.ContractJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a suite run as JSON: {@code results.json} plus a timestamped copy under {@code history/} for a full run;
 * {@code results-quick.json} alone for a smoke run (CI runs it on every build; a history of those says nothing).
 */
public final class ResultsWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper json = mapper();

    public static ObjectMapper mapper() {
        return ContractJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public static String fileName(String mode) {
        return fileName(mode, false);
    }

    /** {@code results.json}, {@code results-quick.json}; on a Redis Cluster {@code results-cluster.json} and so on. */
    public static String fileName(String mode, boolean cluster) {
        return "results" + ("quick".equals(mode) ? "-quick" : "") + (cluster ? "-cluster" : "") + ".json";
    }

    /** @return the main results file written */
    public Path write(SuiteResults results, Path dir) throws IOException {
        Files.createDirectories(dir);
        byte[] bytes = json.writeValueAsBytes(results);
        boolean cluster = results.settings().onCluster();
        Path main = dir.resolve(fileName(results.mode(), cluster));
        Files.write(main, bytes);
        if (!"quick".equals(results.mode())) {
            Files.createDirectories(dir.resolve("history"));
            Files.write(dir.resolve("history").resolve(STAMP.format(results.startedAt()) + "-" + results.mode()
                    + (cluster ? "-cluster" : "") + ".json"),
                    bytes);
        }
        return main;
    }

    /** Rewrites {@code file} alone (no history copy): for results completed by a phase run on its own. */
    public void replace(SuiteResults results, Path file) throws IOException {
        Files.write(file, json.writeValueAsBytes(results));
    }

    public SuiteResults read(Path file) throws IOException {
        return json.readValue(file.toFile(), SuiteResults.class);
    }
}
