package io.github.idfraud.trainer;

import io.github.idfraud.trainer.redis.RedisSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogReader;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.trainer.csv.CsvImporter;
import io.github.idfraud.trainer.csv.CsvMapping;
import io.github.idfraud.trainer.report.ModelCardWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-csv with the committed handbook mapping on a small synthetic export of that shape, then train on it. */
class CsvImportTests {

    static final Path MAPPING = Path.of("mappings/fraud-detection-handbook.yaml");

    @TempDir
    static Path dir;
    static Path csv;
    static Path log;
    static List<String> rows;
    static List<EventLogLine> lines;

    @BeforeAll
    static void importTheSample() throws Exception {
        csv = dir.resolve("handbook-sample.csv");
        try (var in = CsvImportTests.class.getResourceAsStream("/handbook-sample.csv")) {
            Files.copy(in, csv);
        }
        rows = Files.readAllLines(csv).stream().skip(1).toList();
        log = dir.resolve("handbook.jsonl");
        String console = Cli.run("import-csv", "--mapping", MAPPING.toString(), "--csv", csv.toString(), "--label-delay", "P7D",
                "--out", log.toString());
        assertThat(console).contains("imported " + String.format("%,d", rows.size()) + " rows");
        try (Stream<EventLogLine> stream = new EventLogReader().lines(log)) {
            lines = stream.toList();
        }
    }

    @Test
    void everyRowBecomesATransactionEventWithItsMappedFields() {
        List<EventLogLine> events = lines.stream().filter(EventLogLine::isEvent).toList();
        assertThat(events).hasSize(rows.size());
        Map<String, EventLogLine> byId = events.stream().collect(Collectors.toMap(l -> l.event().eventId(), Function.identity()));
        // 0,2018-04-01 06:01:55,58,17,59.48,0
        String[] first = rows.get(0).split(",");
        EventLogLine line = byId.get("hb-" + first[0]);
        assertThat(line.tenant()).isEqualTo("handbook-bank");
        assertThat(line.scenario()).isNull();
        var event = line.event();
        assertThat(event.type()).isEqualTo(EventType.TRANSACTION);
        assertThat(event.occurredAt()).isEqualTo(Instant.parse(first[1].replace(' ', 'T') + "Z"));
        assertThat(event.customerId()).isEqualTo(first[2]);
        assertThat(event.transaction().counterpartyId()).isEqualTo(first[3]);
        assertThat(event.transaction().amount()).isEqualByComparingTo(new BigDecimal(first[4]));
        assertThat(event.transaction().currency()).isEqualTo("EUR");
        assertThat(event.transaction().channel()).isEqualTo(Channel.CARD_PRESENT);
    }

    @Test
    void fraudFlagsBecomeFraudLabelsReportedSevenDaysLater() {
        long flagged = rows.stream().filter(r -> r.endsWith(",1")).count();
        List<EventLogLine> labels = lines.stream().filter(l -> l.label() != null).toList();
        assertThat(labels).hasSize((int) flagged);
        Map<String, Instant> occurred = lines.stream().filter(EventLogLine::isEvent)
                .collect(Collectors.toMap(l -> l.event().eventId(), l -> l.event().occurredAt()));
        assertThat(labels).allSatisfy(l -> {
            assertThat(l.label().label()).isEqualTo(LabelValue.FRAUD);
            assertThat(l.label().source()).isEqualTo(LabelSource.CHARGEBACK);
            assertThat(l.label().reportedAt()).isEqualTo(occurred.get(l.label().eventId()).plus(Duration.ofDays(7)));
        });
    }

    @Test
    void theLogIsInTimeOrder() {
        List<Instant> times = lines.stream().map(l -> l.isEvent() ? l.event().occurredAt() : l.label().reportedAt()).toList();
        assertThat(times).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void rowsInAnyOrderGiveTheSameLog() throws IOException {
        Path shuffled = dir.resolve("shuffled.csv");
        List<String> reversed = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        Files.write(shuffled, Stream.concat(Stream.of(Files.readAllLines(csv).get(0)), reversed.stream()).toList());
        Path again = dir.resolve("again.jsonl");
        new CsvImporter().importCsv(shuffled, CsvMapping.read(MAPPING), Duration.ofDays(7), again);
        // Same instants keep row order, which reversing changes; compare as sets of lines and check the order holds.
        assertThat(Files.readAllLines(again)).containsExactlyInAnyOrderElementsOf(Files.readAllLines(log));
    }

    @Test
    void mappingMistakesAreReportedWithWhatWouldBeRight() throws IOException {
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, Files.readString(MAPPING).replace("fraudValues:", "fraudValue:"));
        assertThatThrownBy(() -> CsvMapping.read(typo)).hasMessageContaining("unknown mapping key 'fraudValue'");

        Path wrongColumn = dir.resolve("wrong-column.yaml");
        Files.writeString(wrongColumn, Files.readString(MAPPING).replace("TERMINAL_ID", "MERCHANT"));
        assertThatThrownBy(() -> new CsvImporter().importCsv(csv, CsvMapping.read(wrongColumn), Duration.ofDays(7),
                dir.resolve("x.jsonl"))).hasMessageContaining("'MERCHANT'").hasMessageContaining("TERMINAL_ID");

        Path badRow = dir.resolve("bad-row.csv");
        Files.writeString(badRow, "TRANSACTION_ID,TX_DATETIME,CUSTOMER_ID,TERMINAL_ID,TX_AMOUNT,TX_FRAUD\n"
                + "1,2018-04-01 10:00:00,5,7,12.50,0\n2,01/04/2018 10:00,5,7,12.50,0\n");
        assertThatThrownBy(() -> new CsvImporter().importCsv(badRow, CsvMapping.read(MAPPING), Duration.ofDays(7),
                dir.resolve("y.jsonl"))).hasMessageContaining("line 3").hasMessageContaining("yyyy-MM-dd HH:mm:ss");
    }

    @Test
    void trainWorksOnTheImportedLogWithoutAValidationPeriod() throws Exception {
        Path model = dir.resolve("model");
        String console = Cli.run("train", "--log", log.toString(), "--train-from", "2018-04-01", "--train-to", "2018-04-20",
                "--test-from", "2018-04-21", "--test-to", "2018-04-30", "--candidates", "2", "--trees", "20",
                "--out", model.toString(), "--redis", TestRedisSession.url());

        ModelCard card = new ModelCardWriter().read(model.resolve("model-card.json"));
        assertThat(card.data().testFraud()).isPositive();
        assertThat(card.metrics().xgboost().aucRoc()).isBetween(0.5, 1.0);
        assertThat(card.metrics().xgboost().scenarios()).containsOnlyKeys("unknown");
        assertThat(card.selection().scoredOn()).contains("hold-out training days 2018-04-17..2018-04-20");
        assertThat(card.selection().refitted()).isTrue();
        assertThat(card.calibration().calibratedOn()).startsWith("test period");
        assertThat(model.resolve("roc.png")).isNotEmptyFile();
        assertThat(console).contains("[6/6]", "chose candidate");
    }
}
