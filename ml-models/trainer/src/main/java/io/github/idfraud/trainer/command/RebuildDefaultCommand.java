package io.github.idfraud.trainer.command;

import io.github.idfraud.models.DayRange;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.simulator.SimulationConfig;
import io.github.idfraud.simulator.Worlds;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.training.TrainingRun;
import io.github.idfraud.trainer.training.TrainingSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trainer rebuild-default}: the one command that rebuilds the released default model from a fixed
 * simulation, so that anyone can reproduce {@code ml-models/models} (up to timestamps and the version hash).
 */
@Command(name = "rebuild-default", mixinStandardHelpOptions = true,
        description = "Simulate a fixed log mixing six worlds (seed " + RebuildDefaultCommand.SEED + ", "
                + RebuildDefaultCommand.DAYS + " days, " + RebuildDefaultCommand.IDENTITIES + " identities), train on "
                + "days 1-30, validate on days 31-34, test on days 35-45, judge the model on the same days of an unseen "
                + "world (other seed and parameters), and copy model.tribuo, model-card.json, model-card.md and the "
                + "plots into the models module.")
public final class RebuildDefaultCommand implements Callable<Integer> {

    static final long SEED = 20261001L;
    static final int DAYS = 45;
    static final int IDENTITIES = 24000;
    /** The training log mixes these worlds; the card's headline is judged on {@link #UNSEEN_WORLD}. */
    static final List<String> TRAINING_WORLDS = List.of(Worlds.DEFAULT, "harbour", "quarry", "orchard", "summit", "delta");
    static final String UNSEEN_WORLD = "meadow";
    static final long UNSEEN_SEED = SEED + 1000;
    static final int UNSEEN_IDENTITIES = 10000;
    static final Path MODULE_PATH = Path.of("ml-models", "models", "src", "main", "resources", "models", "default");
    static final List<String> RELEASED_FILES = List.of("model.tribuo", "model-card.json", "model-card.md");
    /**
     * Training starts on the first day, while every customer and device is still new: a service that goes live sees
     * such a cold start too, and a model trained only on settled history alerted on 88% of cold-start openings.
     */
    static final long TRAIN_FIRST_DAY = 1;
    static final long VALID_FIRST_DAY = 31;
    static final long TEST_FIRST_DAY = 35;

    @Option(names = "--out", paramLabel = "DIR",
            description = "where the released files go (default: " + "ml-models/models/src/main/resources/models/default"
                    + " of the repository around the working directory)")
    Path out;

    @Option(names = "--work", paramLabel = "DIR",
            description = "keep the simulated log and all training outputs here (default: a temporary directory, deleted)")
    Path work;

    @Mixin
    RedisOption redis;

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out : repositoryRoot().resolve(MODULE_PATH);
        Path workDir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("rebuild-default-");
        try {
            SimulationConfig config = SimulationConfig.defaults(SEED, DAYS, IDENTITIES);
            Path log = workDir.resolve("events.jsonl");
            WorldMix.simulate(TRAINING_WORLDS, SEED, DAYS, IDENTITIES, log, System.out);
            Path unseenLog = workDir.resolve("unseen-events.jsonl");
            SimulateCommand.simulate(Worlds.config(UNSEEN_WORLD, UNSEEN_SEED, DAYS, UNSEEN_IDENTITIES), unseenLog, System.out);
            LocalDate day1 = LocalDate.ofInstant(config.start(), ZoneOffset.UTC);
            Periods periods = new Periods(new DayRange(day(day1, TRAIN_FIRST_DAY), day(day1, VALID_FIRST_DAY - 1)),
                    new DayRange(day(day1, VALID_FIRST_DAY), day(day1, TEST_FIRST_DAY - 1)),
                    new DayRange(day(day1, TEST_FIRST_DAY), day(day1, DAYS)));
            String description = "simulator worlds " + String.join(", ", TRAINING_WORLDS) + " (seed " + SEED + " + i), "
                    + DAYS + " days, " + IDENTITIES + " identities (rebuild-default)";
            var unseen = new TrainingRun.UnseenWorld(unseenLog, "simulator world " + UNSEEN_WORLD + " (seed " + UNSEEN_SEED
                    + ", " + UNSEEN_IDENTITIES + " identities), never trained on");
            Path trained = workDir.resolve("model");
            ModelCard card = new TrainingRun(System.out, TrainingSettings.defaults(SEED))
                    .run(log, description, periods, trained, redis.url, unseen);
            Files.createDirectories(target);
            List<String> released = new ArrayList<>(RELEASED_FILES);
            released.addAll(card.plots().values());
            for (String file : released) {
                Files.copy(trained.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("released " + released + " into " + target.toAbsolutePath().normalize());
        } finally {
            if (work == null) {
                deleteTree(workDir);
            }
        }
        return 0;
    }

    /** Day {@code n} of the simulation, day 1 being its first. */
    private static LocalDate day(LocalDate day1, long n) {
        return day1.plusDays(n - 1);
    }

    /** The nearest directory, from the working directory up, that holds the models module. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("ml-models/models/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("no ml-models/models/pom.xml above " + Path.of("").toAbsolutePath()
                + "; run from the repository or pass --out DIR");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
