package io.github.idfraud.trainer;

import io.github.idfraud.trainer.command.BacktestCommand;
import io.github.idfraud.trainer.command.CompareCommand;
import io.github.idfraud.trainer.command.ImportCsvCommand;
import io.github.idfraud.trainer.command.RebuildDefaultCommand;
import io.github.idfraud.trainer.command.SimulateCommand;
import io.github.idfraud.trainer.command.TrainCommand;
import io.github.idfraud.trainer.replay.LogReplayer;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * Entry point of {@code trainer.jar}: simulate or import an event log, train a model from one, backtest and compare
 * models, rebuild the default model.
 */
@Command(name = "trainer", mixinStandardHelpOptions = true, version = "trainer 0.1.0",
        description = "Replays an event log through the feature engine and trains Tribuo fraud models.",
        subcommands = {SimulateCommand.class, TrainCommand.class, BacktestCommand.class, CompareCommand.class,
                ImportCsvCommand.class, RebuildDefaultCommand.class})
public final class TrainerCli {

    // Tribuo logs every training step at INFO; our own progress lines say what matters.
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    public static void main(String[] args) {
        // The plots need no display; set before anything loads AWT.
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        TRIBUO_LOG.setLevel(Level.WARNING);
        CommandLine cli = new CommandLine(new TrainerCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            if (!(e instanceof IllegalArgumentException || e instanceof LogReplayer.Stopped)) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }
}
