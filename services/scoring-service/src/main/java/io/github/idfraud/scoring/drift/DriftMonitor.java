package io.github.idfraud.scoring.drift;

import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.models.DriftReference;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.model.ModelRegistry;
import io.github.idfraud.scoring.model.ScoringModel;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Watches each tenant's live traffic for drift: the champion's score and every feature, binned like the reference in
 * its model card, over the tenant's last {@code fraud.drift.window-events} events, plus the alert rate per event type.
 * Only the champion's answers count (a challenger only shadows), and only fully scored events (not degraded ones,
 * whose features lack history). The windows start again when another champion takes over, since its reference and
 * thresholds differ. A card without a reference gives alert rates only, and says so once in the log.
 */
@Startup
@Singleton
public class DriftMonitor {

    private static final Logger LOG = Logger.getLogger(DriftMonitor.class);

    /** The windows that belong to one champion. */
    private record State(ScoringModel champion, ReferenceIndex reference, Map<String, TenantWindow> windows) {
    }

    private final ModelRegistry models;
    private final DriftMetrics metrics;
    private final int windowEvents;
    private final int minEvents;
    private volatile State state;

    DriftMonitor(ModelRegistry models, DriftMetrics metrics, ScoringConfig config) {
        this.models = models;
        this.metrics = metrics;
        this.windowEvents = config.drift().windowEvents();
        this.minEvents = config.drift().minEvents();
        if (windowEvents < 1 || minEvents > windowEvents) {
            throw new IllegalArgumentException("fraud.drift.window-events must be at least 1 and at least "
                    + "fraud.drift.min-events; got " + windowEvents + " and " + minEvents);
        }
        this.state = stateFor(models.live().model());
    }

    /** One event the champion {@code model} decided, after its answer was stored. */
    public void observe(String tenant, ScoringModel model, EventType type, FeatureVector features, Decision decision) {
        State current = state;
        if (current.champion() != model) {
            current = championChanged(model);
            if (current == null) {
                return;
            }
        }
        TenantWindow window = current.windows().get(tenant);
        if (window == null) {
            window = open(current, tenant);
        }
        window.add(type, decision.decision().raisesAlert(), decision.score(), features);
    }

    /** The state of {@code model} when it is the champion now; null for a request that began before a swap. */
    private synchronized State championChanged(ScoringModel model) {
        if (state.champion() != model && models.live().model() == model) {
            state = stateFor(model);
        }
        return state.champion() == model ? state : null;
    }

    private synchronized TenantWindow open(State in, String tenant) {
        TenantWindow existing = in.windows().get(tenant);
        if (existing != null) {
            return existing;
        }
        TenantWindow window = new TenantWindow(windowEvents, in.reference());
        in.windows().put(tenant, window);
        metrics.windowEvents(tenant, () -> {
            TenantWindow w = windowOf(tenant);
            return w == null ? 0 : w.size();
        });
        for (EventType type : EventType.values()) {
            metrics.alertRate(tenant, type, () -> {
                TenantWindow w = windowOf(tenant);
                return w == null ? Double.NaN : w.alertRate(type);
            });
        }
        if (in.reference() != null) {
            metrics.scorePsi(tenant, () -> psi(tenant, null));
            for (String feature : in.reference().featureNames()) {
                metrics.featurePsi(tenant, feature, () -> psi(tenant, feature));
            }
        }
        return window;
    }

    private TenantWindow windowOf(String tenant) {
        return state.windows().get(tenant);
    }

    /** PSI of the score (feature null) or a feature for the tenant, against the current champion's reference. */
    private double psi(String tenant, String feature) {
        State current = state;
        TenantWindow window = current.windows().get(tenant);
        if (window == null || current.reference() == null) {
            return Double.NaN;
        }
        return window.psi(feature == null ? 0 : current.reference().columnOf(feature), minEvents);
    }

    private State stateFor(ScoringModel champion) {
        String version = champion.card().version();
        DriftReference reference = champion.card().driftReference();
        ReferenceIndex index = null;
        if (reference == null) {
            LOG.warnf("model %s: its card has no drift reference, so no PSI is exported (alert rates per event type "
                    + "still are); a model trained by the current trainer carries one", version);
        } else {
            try {
                index = new ReferenceIndex(reference);
                LOG.infof("model %s: drift reference from the %s (%d events), %d features; PSI over each tenant's last "
                        + "%d events", version, reference.period(), reference.events(), index.columns() - 1, windowEvents);
                if (!index.missingFeatures().isEmpty()) {
                    LOG.warnf("model %s: no drift reference for %s: no PSI for them", version, index.missingFeatures());
                }
            } catch (IllegalArgumentException e) {
                LOG.warnf("model %s: unusable drift reference (%s): no PSI exported", version, e.getMessage());
            }
        }
        return new State(champion, index, new ConcurrentHashMap<>());
    }
}
