package io.github.idfraud.trainer.command;

import io.github.idfraud.contract.EventLogWriter;
import io.github.idfraud.simulator.SimulationConfig;
import io.github.idfraud.simulator.SimulationSummary;
import io.github.idfraud.simulator.Simulator;
import io.github.idfraud.simulator.Worlds;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trainer simulate}: write a synthetic, seeded identity-theft event log. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Write a seeded synthetic event log (JSON Lines) with ground-truth scenarios and delayed labels.")
public final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "42", description = "simulation seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--days", defaultValue = "45", description = "days simulated from 2026-10-01 (default ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--identities", defaultValue = "5000", description = "people simulated (default ${DEFAULT-VALUE})")
    int identities;

    @Option(names = "--world", defaultValue = Worlds.DEFAULT, paramLabel = "NAME[,NAME...]", split = ",",
            description = "named parameter draw: every scenario's, the population's, the labels' and the banks' "
                    + "parameters drawn from wide ranges, fixed by the name (default ${DEFAULT-VALUE}: the fixed "
                    + "defaults). Several names: one log mixing those worlds (world i with seed + i, the identities "
                    + "shared out), merged in time order")
    List<String> worlds;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "event log to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        WorldMix.simulate(worlds, seed, days, identities, out, System.out);
        return 0;
    }

    static SimulationSummary simulate(SimulationConfig config, Path file, PrintStream console) throws IOException {
        console.printf(Locale.ROOT, "simulating %d identities over %d days from %s (seed %d) into %s%n", config.identities(),
                config.days(), config.start(), config.seed(), file);
        long started = System.nanoTime();
        SimulationSummary summary;
        try (EventLogWriter log = EventLogWriter.create(file)) {
            summary = new Simulator(config).run(log::write);
        }
        console.printf(Locale.ROOT, "  %,d events (%,d fraud, %.2f%%; %,d of them labelled FRAUD, %,d legit events "
                        + "mislabelled FRAUD), %,d labels in %.1f s%n  by scenario %s%n",
                summary.events(), summary.fraudEvents(), summary.fraudShare() * 100, summary.labelledFraudEvents(),
                summary.mislabelledLegit(), summary.labels(), (System.nanoTime() - started) / 1e9, summary.eventsByScenario());
        return summary;
    }
}
