package io.github.idfraud.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTests {

    @TempDir
    Path dir;

    @Test
    void eventsAndLabelsRoundTripThroughALogFile() throws Exception {
        var event = new Event("evt-1", EventType.TRANSACTION, Instant.parse("2026-11-28T10:15:30Z"), "c-1", "acc-1",
                null, null, null, null, null, new Transaction(new BigDecimal("125.40"), "GBP", Channel.TRANSFER, "p-1", null));
        var label = new Label("evt-1", LabelValue.FRAUD, Instant.parse("2026-12-05T00:00:00Z"), LabelSource.CHARGEBACK);
        Path file = dir.resolve("log.jsonl");
        try (EventLogWriter writer = EventLogWriter.create(file)) {
            writer.write(EventLogLine.event("bank-a", event, "account_takeover"));
            writer.write(EventLogLine.label("bank-a", label));
        }
        assertThat(Files.readAllLines(file).get(0)).contains("\"eventId\":\"evt-1\"").doesNotContain("\"event\":true");
        List<EventLogLine> lines;
        try (var stream = new EventLogReader().lines(file)) {
            lines = stream.toList();
        }
        assertThat(lines).containsExactly(EventLogLine.event("bank-a", event, "account_takeover"), EventLogLine.label("bank-a", label));
    }

    @Test
    void theOptionalCardAndOutcomeRoundTripAndAreLeftOutWhenAbsent() throws Exception {
        var declined = new Event("evt-2", EventType.TRANSACTION, Instant.parse("2026-11-28T10:15:30Z"), "c-1", null, null,
                null, null, null, null, new Transaction(new BigDecimal("1.00"), "GBP", Channel.CARD_NOT_PRESENT, "m-1",
                "5999", "card-token-1", TransactionOutcome.DECLINED));
        var plain = new Event("evt-3", EventType.TRANSACTION, Instant.parse("2026-11-28T10:16:30Z"), "c-1", null, null,
                null, null, null, null, new Transaction(new BigDecimal("9.00"), "GBP", Channel.CARD_PRESENT, "m-2", null));
        Path file = dir.resolve("cards.jsonl");
        try (EventLogWriter writer = EventLogWriter.create(file)) {
            writer.write(EventLogLine.event("bank-a", declined, null));
            writer.write(EventLogLine.event("bank-a", plain, null));
        }
        List<String> text = Files.readAllLines(file);
        assertThat(text.get(0)).contains("\"cardId\":\"card-token-1\"", "\"outcome\":\"DECLINED\"");
        assertThat(text.get(1)).doesNotContain("cardId", "outcome");
        try (var stream = new EventLogReader().lines(file)) {
            List<Transaction> back = stream.map(line -> line.event().transaction()).toList();
            assertThat(back.get(0).declined()).isTrue();
            assertThat(back.get(0).cardId()).isEqualTo("card-token-1");
            assertThat(back.get(1).declined()).isFalse();
            assertThat(back.get(1).outcome()).isNull();
        }
    }
}
