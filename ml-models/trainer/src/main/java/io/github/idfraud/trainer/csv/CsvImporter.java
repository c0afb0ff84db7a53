package io.github.idfraud.trainer.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code import-csv}: turns a tabular transaction export into an event log. Rows may come in any order; the log
 * is written in time order (events by {@code occurredAt}, labels by {@code reportedAt}, an event before a label
 * of the same second, else file order), as the replay expects.
 */
public final class CsvImporter {

    /** What an import wrote. */
    public record Summary(long rows, long fraudLabels, Instant first, Instant last, List<String> tenants) {
    }

    private record Timed(Instant at, int kind, long row, EventLogLine line) {
    }

    public Summary importCsv(Path csv, CsvMapping mapping, Duration labelDelay, Path out) throws IOException {
        if (labelDelay.isNegative()) {
            throw new IllegalArgumentException("--label-delay must not be negative, got " + labelDelay);
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(mapping.delimiter());
        List<Timed> lines = new ArrayList<>();
        TreeSet<String> tenants = new TreeSet<>();
        long rows = 0;
        long labels = 0;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES).readValues(csv.toFile())) {
            if (!it.hasNext()) {
                throw new IllegalArgumentException(csv + " is empty; expected a header row and transaction rows");
            }
            CsvRowMapper rowMapper = new CsvRowMapper(mapping, Arrays.asList(it.next()), labelDelay);
            while (it.hasNext()) {
                String[] cells = it.next();
                long line = it.getParser().currentTokenLocation().getLineNr();
                CsvRowMapper.Mapped mapped;
                try {
                    mapped = rowMapper.map(Arrays.asList(cells));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(csv + " line " + line + ": " + e.getMessage(), e);
                }
                rows++;
                tenants.add(mapped.tenant());
                lines.add(new Timed(mapped.event().occurredAt(), 0, rows,
                        EventLogLine.event(mapped.tenant(), mapped.event(), null)));
                if (mapped.label() != null) {
                    labels++;
                    lines.add(new Timed(mapped.label().reportedAt(), 1, rows, EventLogLine.label(mapped.tenant(), mapped.label())));
                }
            }
        }
        if (rows == 0) {
            throw new IllegalArgumentException(csv + " has a header but no rows");
        }
        lines.sort(Comparator.comparing(Timed::at).thenComparingInt(Timed::kind).thenComparingLong(Timed::row));
        try (EventLogWriter writer = EventLogWriter.create(out)) {
            lines.forEach(t -> writer.write(t.line()));
        }
        Instant first = lines.stream().filter(t -> t.kind() == 0).map(Timed::at).findFirst().orElseThrow();
        Instant last = lines.stream().filter(t -> t.kind() == 0).map(Timed::at).reduce((a, b) -> b).orElseThrow();
        return new Summary(rows, labels, first, last, List.copyOf(tenants));
    }
}
