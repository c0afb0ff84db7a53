package io.github.idfraud.trainer.training;

import io.github.idfraud.models.BoosterParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one training run trains.
 *
 * @param candidates       the XGBoost hyperparameter combinations the search tries, best validation AP wins
 * @param maxFraudWeight   cap on the FRAUD example weight (LEGIT/FRAUD count ratio of the training set), so a
 *                         handful of frauds cannot dominate a small training set
 * @param maxTrainEvents   LEGIT training events are sampled down so that about this many events are trained on
 * @param reviewCapacity   customers analysts can review per day: the k of precision at k
 */
public record TrainingSettings(List<BoosterParams> candidates, int threads, double maxFraudWeight, int baselineEpochs,
                               double baselineLearningRate, long seed, long maxTrainEvents, int reviewCapacity) {

    public static final int DEFAULT_REVIEW_CAPACITY = 100;
    public static final long DEFAULT_MAX_TRAIN_EVENTS = 300_000;

    /**
     * The search grid, bounded by serving cost: the scoring service explains every event with exact TreeSHAP, whose
     * cost grows with trees x leaves x depth squared. A depth-6, 150-tree model this grid once held (and chose)
     * cut the service from ~1,400 to ~800 events/s on two cores, so trees stay at depth 3-4 and at most 200.
     * Six candidates keep the search within a few minutes at the default training-set cap on two cores.
     */
    static final List<BoosterParams> GRID = List.of(
            new BoosterParams(150, 4, 0.15, 5, 0.8, 0.8),
            new BoosterParams(200, 4, 0.08, 5, 0.8, 0.8),
            new BoosterParams(100, 4, 0.3, 10, 0.8, 0.8),
            new BoosterParams(200, 3, 0.15, 1, 0.8, 0.8),
            new BoosterParams(100, 3, 0.3, 1, 0.8, 0.8),
            new BoosterParams(150, 4, 0.1, 20, 0.8, 0.8));

    public TrainingSettings {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("the hyperparameter search needs at least one candidate");
        }
        if (reviewCapacity < 1 || maxTrainEvents < 1) {
            throw new IllegalArgumentException("review capacity and the training-set cap must be positive");
        }
        candidates = List.copyOf(candidates);
    }

    public static TrainingSettings defaults(long seed) {
        return new TrainingSettings(GRID, Math.max(1, Runtime.getRuntime().availableProcessors()), 10.0, 5, 0.1, seed,
                DEFAULT_MAX_TRAIN_EVENTS, DEFAULT_REVIEW_CAPACITY);
    }

    /** Every candidate with {@code trees} trees (quick runs and tests). */
    public TrainingSettings withTrees(int trees) {
        return withCandidates(candidates.stream().map(c -> c.withTrees(trees)).toList());
    }

    /** Only the first {@code n} candidates of the grid; 1 trains the first setting without a search. */
    public TrainingSettings withFirstCandidates(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("--candidates must be at least 1, got " + n);
        }
        return withCandidates(candidates.subList(0, Math.min(n, candidates.size())));
    }

    public TrainingSettings withCandidates(List<BoosterParams> list) {
        return new TrainingSettings(list, threads, maxFraudWeight, baselineEpochs, baselineLearningRate, seed,
                maxTrainEvents, reviewCapacity);
    }

    public TrainingSettings withMaxTrainEvents(long max) {
        return new TrainingSettings(candidates, threads, maxFraudWeight, baselineEpochs, baselineLearningRate, seed, max,
                reviewCapacity);
    }

    public TrainingSettings withReviewCapacity(int k) {
        return new TrainingSettings(candidates, threads, maxFraudWeight, baselineEpochs, baselineLearningRate, seed,
                maxTrainEvents, k);
    }

    /** FRAUD example weight for a training set with these class counts. */
    public float fraudWeight(long legit, long fraud) {
        return fraud == 0 ? 1f : (float) Math.max(1.0, Math.min(maxFraudWeight, (double) legit / fraud));
    }

    /** The baseline's hyperparameters, as written into the model card. */
    public Map<String, Object> baselineCard() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("trainer", "LinearSGDTrainer(LogMulticlass, AdaGrad)");
        card.put("epochs", baselineEpochs);
        card.put("learningRate", baselineLearningRate);
        card.put("standardised", "mean/std per varying feature");
        return card;
    }
}
