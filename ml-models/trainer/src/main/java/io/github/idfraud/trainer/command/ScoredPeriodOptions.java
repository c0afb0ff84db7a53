package io.github.idfraud.trainer.command;

import io.github.idfraud.models.DayRange;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The log and the period of the commands that replay a log and score one period of it (backtest, compare). */
final class ScoredPeriodOptions {

    @Option(names = "--log", required = true, paramLabel = "FILE", description = "event log (JSON Lines), labels included")
    Path log;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day scored (UTC)")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last day scored (UTC, inclusive)")
    LocalDate to;

    DayRange period() {
        return new DayRange(from, to);
    }
}
