package io.github.idfraud.datasubject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.datasubject.DataSubjectRequest.Action;
import io.github.idfraud.datasubject.DataSubjectRequest.Endpoints;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code data-subject export|erase --subject person.json --out report.json}: one person's data across both services
 * (docs/operations.md, "Data-subject requests"). The identifiers come in a file, never on the command line, where
 * the process list and the shell's history would keep them.
 */
@Command(name = "data-subject", mixinStandardHelpOptions = true,
        description = "Export or erase everything both services hold about one person.")
public final class DataSubjectCli implements Callable<Integer> {

    @Parameters(index = "0", description = "export or erase")
    String action;

    @Option(names = "--subject", required = true,
            description = "JSON file: {\"tenant\": \"bank-a\", \"identifiers\": {\"email\": ..., \"phone\": ..., "
                    + "\"nationalId\": ..., \"customerId\": ...}} (customerId needs the tenant)")
    Path subject;

    @Option(names = "--out", required = true, description = "where the report goes (readable JSON, owner-only)")
    Path out;

    @Option(names = "--scoring-url", defaultValue = "http://127.0.0.1:8080")
    URI scoring;

    @Option(names = "--case-url", defaultValue = "http://127.0.0.1:8081")
    URI cases;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Action chosen = Action.valueOf(action.toUpperCase(java.util.Locale.ROOT));
        Endpoints endpoints = new Endpoints(scoring, required(EnvironmentVariables.FRAUD_ADMIN_KEY), cases,
                required(EnvironmentVariables.FRAUD_OPERATOR_TOKEN));
        ObjectMapper json = new ObjectMapper();
        JsonNode person = json.readTree(subject.toFile());
        ObjectNode report = new DataSubjectRequest(endpoints, Clock.systemUTC()).run(chosen, person);
        writeOwnerOnly(out, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        System.out.println(chosen.name().toLowerCase(java.util.Locale.ROOT) + " done: " + summary(report) + "; report in " + out);
        return 0;
    }

    private static String summary(ObjectNode report) {
        JsonNode scoring = report.path("scoringService");
        JsonNode cases = report.path("caseService");
        return scoring.path("pseudonyms").size() + " identifiers; cases: " + (cases.path("cases").isArray()
                ? cases.path("cases").size() : cases.path("cases").asInt())
                + (scoring.has("keysDeleted") ? "; Redis keys deleted: " + scoring.path("keysDeleted").asLong() : "");
    }

    /** The report holds the person's data: nobody but the operator may read it. */
    private static void writeOwnerOnly(Path path, byte[] bytes) throws IOException {
        Files.deleteIfExists(path);
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path);
        }
        Files.write(path, bytes, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new CommandLine.ParameterException(new CommandLine(new DataSubjectCli()), variable + " is required");
        }
        return value;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DataSubjectCli()).execute(args));
    }
}
