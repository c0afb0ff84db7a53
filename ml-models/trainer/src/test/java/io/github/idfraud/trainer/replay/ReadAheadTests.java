package io.github.idfraud.trainer.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.contract.EventLogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The log's lines, parsed on a thread of their own: in file order, and a bad line fails where it stands. */
class ReadAheadTests {

    @Test
    void givesEveryLineInFileOrderAcrossManyBatches() {
        List<EventLogLine> lines = IntStream.range(0, 10_000).mapToObj(i -> line("bank-" + i)).toList();
        List<EventLogLine> read = new ArrayList<>();
        try (ReadAhead ahead = new ReadAhead(lines.stream())) {
            ahead.forEachRemaining(read::add);
            assertThat(ahead.hasNext()).isFalse();
        }
        assertThat(read).isEqualTo(lines);
    }

    @Test
    void aLineThatFailsToParseFailsTheReaderAfterTheLinesBeforeIt() {
        Stream<EventLogLine> lines = IntStream.range(0, 1_000).mapToObj(i -> {
            if (i == 700) {
                throw new IllegalArgumentException("log.jsonl line 701: unexpected end of input");
            }
            return line("bank-" + i);
        });
        List<EventLogLine> read = new ArrayList<>();
        try (ReadAhead ahead = new ReadAhead(lines)) {
            assertThatThrownBy(() -> ahead.forEachRemaining(read::add)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("line 701");
        }
        assertThat(read).hasSize(700);
        assertThat(read.get(699).tenant()).isEqualTo("bank-699");
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThread() throws InterruptedException {
        Stream<EventLogLine> endless = Stream.generate(() -> line("bank-a"));
        ReadAhead ahead = new ReadAhead(endless);
        assertThat(ahead.next().tenant()).isEqualTo("bank-a");
        ahead.close();
        for (int i = 0; i < 100 && Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("log-read-ahead")); i++) {
            Thread.sleep(20);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("log-read-ahead"));
    }

    private static EventLogLine line(String tenant) {
        return new EventLogLine(tenant, null, null, null);
    }
}
