package io.github.idfraud.simulator;

import io.github.idfraud.contract.EventLogWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures generation speed end to end: simulate and write JSON Lines to a file through {@link EventLogWriter}, as
 * the trainer's {@code simulate} command does. Not a test; run it with
 * {@code java -cp <test classpath> io.github.idfraud.simulator.SimulatorBenchmark [identities] [days] [file]}.
 */
public final class SimulatorBenchmark {

    private SimulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int identities = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("simulated-", ".jsonl");
        // warm-up passes so the JIT has compiled generation and serialisation before the measured runs
        for (int i = 0; i < 2; i++) {
            try (EventLogWriter nowhere = new EventLogWriter(Writer.nullWriter())) {
                new Simulator(SimulationConfig.defaults(8, 10, Math.min(identities, 5_000))).run(nowhere::write);
            }
        }
        SimulationConfig config = SimulationConfig.defaults(7, days, identities);

        long began = System.nanoTime();
        SimulationSummary summary = new Simulator(config).run(line -> { });
        report("generation only", summary, began);

        began = System.nanoTime();
        try (EventLogWriter writer = EventLogWriter.create(file)) {
            summary = new Simulator(config).run(writer::write);
        }
        report("written with EventLogWriter", summary, began);
        System.out.printf("%d MiB, fraud share %.2f%%%n%s%nwritten to %s%n", Files.size(file) >> 20,
                100 * summary.fraudShare(), summary, file);
    }

    private static void report(String what, SimulationSummary summary, long began) {
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("%s: %d events + %d labels in %.2f s = %.0f events/s%n", what, summary.events(),
                summary.labels(), seconds, summary.events() / seconds);
    }
}
