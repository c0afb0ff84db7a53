package io.github.idfraud.scoring.model;

import io.github.idfraud.scoring.config.ScoringConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** Holds the live model. Loaded at startup; a model that does not match the feature schema stops the start. */
@Startup
@ApplicationScoped
public class ModelRegistry {

    private static final Logger LOG = Logger.getLogger(ModelRegistry.class);

    /** The model in use, where it came from and since when. */
    public record LiveModel(ScoringModel model, String source, Instant loadedAt) {
    }

    private final AtomicReference<LiveModel> live = new AtomicReference<>();
    private final ModelLoader loader = new ModelLoader();

    ModelRegistry(ScoringConfig config) {
        String location = config.modelPath().filter(p -> !p.isBlank()).orElse(ModelLoader.defaultLocation());
        ScoringModel model = loader.load(location);
        live.set(new LiveModel(model, location, Instant.now()));
        LOG.infof("loaded model %s from %s", model.card().version(), location);
    }

    public LiveModel live() {
        return live.get();
    }

    public boolean isLoaded() {
        return live.get() != null;
    }

    @PreDestroy
    void close() {
        LiveModel current = live.getAndSet(null);
        if (current != null) {
            current.model().close();
        }
    }
}
