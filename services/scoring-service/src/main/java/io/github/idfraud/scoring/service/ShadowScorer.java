package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.scoring.model.ModelRegistry;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Scores every event with the challenger, if one is loaded, after the champion has decided. Its score goes to
 * metrics and to the {@code shadow} log (event reference pseudonymised, no personal data), never into the answer;
 * a failing challenger is logged and ignored.
 */
@Singleton
public class ShadowScorer {

    private static final Logger SHADOW_LOG = Logger.getLogger("io.github.idfraud.scoring.shadow");

    private final ModelRegistry models;
    private final DecisionPolicy policy;
    private final ScoringMetrics metrics;

    ShadowScorer(ModelRegistry models, DecisionPolicy policy, ScoringMetrics metrics) {
        this.models = models;
        this.policy = policy;
        this.metrics = metrics;
    }

    public void score(String tenant, String eventReference, EventType type, FeatureVector features, Decision championDecision) {
        models.challenger().ifPresent(challenger -> {
            try {
                double score = challenger.model().predict(features).fraudProbability();
                DecisionType decision = policy.decide(score, challenger.model().card(), tenant, type);
                metrics.shadowScored(challenger.version(), score, decision == championDecision.decision());
                SHADOW_LOG.info(String.format(Locale.ROOT, "shadow tenant=%s event=%s champion=%s score=%.4f decision=%s challenger=%s score=%.4f decision=%s",
                        tenant, eventReference, championDecision.modelVersion(), championDecision.score(),
                        championDecision.decision(), challenger.version(), score, decision));
            } catch (RuntimeException e) {
                SHADOW_LOG.warnf("challenger %s failed: %s", challenger.version(), e.toString());
            }
        });
    }
}
