package io.github.idfraud.trainer.command;

import io.github.idfraud.trainer.csv.CsvImporter;
import io.github.idfraud.trainer.csv.CsvMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trainer import-csv}: a bank's tabular transaction export becomes an event log. */
@Command(name = "import-csv", mixinStandardHelpOptions = true,
        description = "Turn a tabular transaction export into an event log: every row a TRANSACTION event, a fraud flag a "
                + "FRAUD label reported --label-delay later; written in time order. Columns are mapped by a YAML file "
                + "(see ml-models/trainer/mappings/).")
public final class ImportCsvCommand implements Callable<Integer> {

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "column mapping (YAML)")
    Path mapping;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the export, with a header row")
    Path csv;

    @Option(names = "--label-delay", required = true, paramLabel = "DURATION",
            description = "when a fraud flag becomes known after the transaction, ISO-8601 (e.g. P7D, PT36H)")
    String labelDelay;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "event log to write (JSON Lines)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Duration delay;
        try {
            delay = Duration.parse(labelDelay);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--label-delay " + labelDelay + " is not an ISO-8601 duration such as P7D "
                    + "(7 days) or PT36H (36 hours)");
        }
        long started = System.nanoTime();
        CsvImporter.Summary summary = new CsvImporter().importCsv(csv, CsvMapping.read(mapping), delay, out);
        System.out.printf(Locale.ROOT, "imported %,d rows (%,d FRAUD labels, reported %s later) of tenants %s, %s..%s, into %s "
                        + "in %.1f s%n", summary.rows(), summary.fraudLabels(), delay, summary.tenants(), summary.first(),
                summary.last(), out, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
