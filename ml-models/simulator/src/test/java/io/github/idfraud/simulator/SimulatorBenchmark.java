package io.github.idfraud.simulator;

import io.github.idfraud.contract.EventLogWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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
        // the figures mean little on a busy machine: say how busy it was
        System.out.printf("%d cores, load average %.2f before the measured runs%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long began = System.nanoTime();
        double cpu = processCpuSeconds();
        SimulationSummary summary = new Simulator(config).run(line -> { });
        report("generation only", summary, began, cpu);

        // three times: other work on the machine makes single runs vary; the median is the figure to quote
        double[] rates = new double[3];
        for (int run = 0; run < rates.length; run++) {
            began = System.nanoTime();
            cpu = processCpuSeconds();
            try (EventLogWriter writer = EventLogWriter.create(file)) {
                summary = new Simulator(config).run(writer::write);
            }
            rates[run] = report("written with EventLogWriter, run " + (run + 1), summary, began, cpu);
        }
        Arrays.sort(rates);
        System.out.printf("median written: %.0f events/s%n", rates[1]);
        System.out.printf("%d MiB, fraud share %.2f%%%n%s%nwritten to %s%n", Files.size(file) >> 20,
                100 * summary.fraudShare(), summary, file);
    }

    /**
     * Prints and returns events per second. The CPU time the process used meanwhile shows how much of the two cores
     * the run got: on a busy machine the wall-clock rate says more about the neighbours than about the simulator.
     */
    private static double report(String what, SimulationSummary summary, long began, double cpuBefore) {
        double seconds = (System.nanoTime() - began) / 1e9;
        double cpu = processCpuSeconds() - cpuBefore;
        System.out.printf("%s: %d events + %d labels in %.2f s = %.0f events/s (%.1f CPU s, %.2f cores)%n", what,
                summary.events(), summary.labels(), seconds, summary.events() / seconds, cpu, cpu / seconds);
        return summary.events() / seconds;
    }

    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }
}
