package io.github.idfraud.scoring.model;

import io.github.idfraud.scoring.config.ScoringConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Holds the champion (decides) and an optional challenger (scores in shadow). Each load checks the artifact against
 * the feature schema before an atomic swap, so a bad artifact never replaces a good one and requests in flight keep
 * the model they started with. Replaced boosters are left to the garbage collector rather than disposed under a
 * request that may still be using them.
 */
@Startup
@Singleton
public class ModelRegistry {

    private static final Logger LOG = Logger.getLogger(ModelRegistry.class);

    /** A model in use, where it came from and since when. */
    public record LiveModel(ScoringModel model, String source, Instant loadedAt) {
        public String version() {
            return model.card().version();
        }
    }

    private final AtomicReference<LiveModel> champion = new AtomicReference<>();
    private final AtomicReference<LiveModel> challenger = new AtomicReference<>();
    private final ModelLoader loader;
    private final AdminModelDirectory adminDirectory;
    private final MeterRegistry meters;
    private final String configuredChampion;

    ModelRegistry(ScoringConfig config, MeterRegistry meters) {
        this.meters = meters;
        this.loader = new ModelLoader(config.modelMaxBytes());
        this.adminDirectory = new AdminModelDirectory(config.modelAdminDirectory());
        this.configuredChampion = config.modelPath().filter(p -> !p.isBlank()).orElse(ModelLoader.defaultLocation());
        swapChampion(load(configuredChampion));
        config.challengerModelPath().filter(p -> !p.isBlank()).ifPresent(path -> swapChallenger(load(path)));
    }

    public LiveModel live() {
        return champion.get();
    }

    public Optional<LiveModel> challenger() {
        return Optional.ofNullable(challenger.get());
    }

    public boolean isLoaded() {
        return champion.get() != null;
    }

    /** Loads the champion again from the configured path (e.g. a new file there). */
    public LiveModel reloadChampion() {
        LiveModel loaded = load(configuredChampion);
        swapChampion(loaded);
        return loaded;
    }

    /** Loads the champion from {@code location} in the admin model directory, if its sha256 is {@code sha256}. */
    public LiveModel reloadChampion(String location, String sha256) {
        LiveModel loaded = loadPinned(location, sha256);
        swapChampion(loaded);
        return loaded;
    }

    /** Loads a challenger from {@code location} in the admin model directory, if its sha256 is {@code sha256}. */
    public LiveModel loadChallenger(String location, String sha256) {
        LiveModel loaded = loadPinned(location, sha256);
        swapChallenger(loaded);
        return loaded;
    }

    /** The challenger becomes the champion; there is no challenger afterwards. */
    public LiveModel promoteChallenger() {
        LiveModel promoted = challenger.getAndSet(null);
        if (promoted == null) {
            throw new IllegalStateException("there is no challenger to promote");
        }
        swapChampion(promoted);
        return promoted;
    }

    public void dropChallenger() {
        challenger.set(null);
    }

    /** A configured path: the operator's own setting, so a failure names it. */
    private LiveModel load(String location) {
        try {
            return new LiveModel(loader.load(location), location, Instant.now());
        } catch (RuntimeException e) {
            throw new IllegalStateException("model " + location + ": " + e.getMessage(), e);
        }
    }

    private LiveModel loadPinned(String location, String sha256) {
        String path = adminDirectory.resolve(location).toString();
        return new LiveModel(loader.load(path, sha256), path, Instant.now());
    }

    private void swapChampion(LiveModel next) {
        LiveModel previous = champion.getAndSet(next);
        register(next, "champion");
        LOG.infof("champion model %s from %s%s", next.version(), next.source(),
                previous == null ? "" : " replaces " + previous.version());
    }

    private void swapChallenger(LiveModel next) {
        challenger.set(next);
        register(next, "challenger");
        LOG.infof("challenger model %s from %s scores in shadow", next.version(), next.source());
    }

    /** {@code fraud_model_info{version,role}} is 1 while that version holds that role. */
    private void register(LiveModel model, String role) {
        AtomicReference<LiveModel> slot = role.equals("champion") ? champion : challenger;
        String version = model.version();
        Gauge.builder("fraud.model.info", slot, s -> s.get() != null && s.get().version().equals(version) ? 1 : 0)
                .description("1 while the tagged model version holds the tagged role")
                .tag("version", version).tag("role", role)
                .register(meters);
    }
}
