package io.github.idfraud.loadgen.measure;

import io.github.idfraud.contract.EventLogWriter;
import io.github.idfraud.harness.ChildProcess;
import io.github.idfraud.simulator.SimulationConfig;
import io.github.idfraud.simulator.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code trainer.jar train} (a separate JVM, as a data scientist would) on a small simulated log and reads
 * the replay speed it prints. Training itself is kept tiny (few trees): only the replay is timed.
 */
public final class TrainerReplayProbe {

    static final Pattern REPLAY_DONE = Pattern.compile(
            "replay done: ([\\d,]+) events.*? in ([\\d.]+) s \\(([\\d,]+) events/s");
    static final Pattern CPU_PER_EVENT = Pattern.compile("CPU per event: trainer ([\\d.]+) us, Redis ([\\d.]+) us");
    /**
     * The JVM options the trainer's README gives for replays: the throughput collector, and the heap a replay of this
     * size ends with (about 900 MB of kept rows) from the start, so the heap never grows through full collections.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseParallelGC", "-Xms3g");

    private final Path trainerJar;
    private final String redisUrl;
    private final Path workDir;

    public TrainerReplayProbe(Path trainerJar, String redisUrl, Path workDir) {
        this.trainerJar = trainerJar;
        this.redisUrl = redisUrl;
        this.workDir = workDir;
    }

    public TrainerResult measure(int identities, int days, Duration timeout) throws IOException {
        if (!Files.isRegularFile(trainerJar)) {
            return TrainerResult.notMeasured(Status.NOT_MEASURED, trainerJar + " not built");
        }
        Files.createDirectories(workDir);
        Path log = workDir.resolve("trainer-replay.jsonl");
        try (EventLogWriter writer = EventLogWriter.create(log)) {
            new Simulator(SimulationConfig.defaults(7, days, identities)).run(writer::write);
        }
        LocalDate first = SimulationConfig.DEFAULT_START.atOffset(ZoneOffset.UTC).toLocalDate();
        int trainDays = days * 2 / 3;
        // The JVM option the trainer's README gives for replays (throughput collector).
        List<String> command = ChildProcess.javaJar(JVM_OPTIONS, trainerJar, List.of("train",
                "--log", log.toString(),
                "--train-from", first.toString(), "--train-to", first.plusDays(trainDays - 1).toString(),
                "--test-from", first.plusDays(trainDays).toString(), "--test-to", first.plusDays(days - 1).toString(),
                "--out", workDir.resolve("trainer-model").toString(), "--trees", "10", "--redis", redisUrl));
        try (ChildProcess trainer = ChildProcess.start("trainer", command, Map.of(), workDir.resolve("trainer.log"))) {
            int exit = trainer.awaitExit(timeout);
            String output = Files.readString(trainer.log());
            Optional<TrainerResult> parsed = parse(output, identities, days);
            if (parsed.isPresent()) {
                return parsed.get();
            }
            return TrainerResult.notMeasured(Status.FAILED, "trainer exited with " + exit + " without a replay line; "
                    + "last lines of " + trainer.log() + ": " + trainer.tail(5));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static Optional<TrainerResult> parse(String output, int identities, int days) {
        Matcher m = REPLAY_DONE.matcher(output);
        if (!m.find()) {
            return Optional.empty();
        }
        long events = Long.parseLong(m.group(1).replace(",", ""));
        double seconds = Double.parseDouble(m.group(2));
        double rate = Double.parseDouble(m.group(3).replace(",", ""));
        Matcher cpu = CPU_PER_EVENT.matcher(output);
        boolean cpuPrinted = cpu.find();
        return Optional.of(new TrainerResult(Status.MEASURED, "trainer.jar train on a simulated log of " + identities
                + " people over " + days + " days (replay includes labels; one Redis connection, many in flight; "
                + String.join(" ", JVM_OPTIONS) + ")",
                events, seconds, rate, cpuPrinted ? Double.valueOf(cpu.group(1)) : null,
                cpuPrinted ? Double.valueOf(cpu.group(2)) : null));
    }
}
