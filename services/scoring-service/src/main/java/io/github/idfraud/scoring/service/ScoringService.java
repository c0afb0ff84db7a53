package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.Event;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.features.TimeOutOfBoundsException;
import io.github.idfraud.models.Rounding;
import io.github.idfraud.scoring.drift.DriftMonitor;
import io.github.idfraud.scoring.model.ModelRegistry;
import io.github.idfraud.scoring.model.Prediction;
import io.github.idfraud.scoring.model.ScoringModel;
import io.github.idfraud.scoring.redis.EventStore;
import io.github.idfraud.scoring.redis.PendingWrites;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one event: claim (idempotency), update and read windows, predict, decide, explain, then store the answer
 * and hand REVIEW/DECLINE to the alert stream. The tenant's rules run after the model on every fully scored event
 * ({@link RuleDecisions}). When Redis cannot be reached the event is scored on its own features, marked degraded,
 * never allowed below CHALLENGE, and not recorded, so the bank's retry later scores it in full; rules do not run on
 * it: with every window read as empty they would judge an event that is not what they were written for, and the
 * retry gets them.
 */
@Singleton
public class ScoringService {

    private final FeatureWindows features;
    private final Pseudonymiser pseudonymiser;
    private final ModelRegistry models;
    private final DecisionPolicy policy;
    private final ReasonExplainer explainer;
    private final EventStore store;
    private final AlertPublisher alerts;
    private final ScoringMetrics metrics;
    private final ShadowScorer shadow;
    private final ContactVault vault;
    private final DriftMonitor drift;
    private final RuleDecisions rules;
    private final OutageLog outageLog;

    ScoringService(FeatureWindows features, Pseudonymiser pseudonymiser, ModelRegistry models, DecisionPolicy policy,
                   ReasonExplainer explainer, EventStore store, AlertPublisher alerts, ScoringMetrics metrics,
                   ShadowScorer shadow, ContactVault vault, DriftMonitor drift, RuleDecisions rules,
                   OutageLog outageLog) {
        this.features = features;
        this.pseudonymiser = pseudonymiser;
        this.models = models;
        this.policy = policy;
        this.explainer = explainer;
        this.store = store;
        this.alerts = alerts;
        this.metrics = metrics;
        this.shadow = shadow;
        this.vault = vault;
        this.drift = drift;
        this.rules = rules;
        this.outageLog = outageLog;
    }

    public Uni<Decision> score(String tenant, Event event, boolean explain) {
        if (!event.type().scored()) {
            return keepProfile(tenant, event);
        }
        long started = System.nanoTime();
        return scoredBeforeTheSwitch(tenant, event).flatMap(before -> before.isPresent()
                ? Uni.createFrom().item(before.get().answerTo(event.eventId())) : claimAndScore(tenant, event, explain, started));
    }

    /**
     * During a pseudonymisation-key rotation window: the stored answer of an event scored before the switch, under
     * the retiring key's reference, so a bank's retry is answered as before instead of counted again (one more read
     * per event, in the window only).
     */
    private Uni<Optional<StoredEvent>> scoredBeforeTheSwitch(String tenant, Event event) {
        Pseudonymiser previous = pseudonymiser.previous();
        if (previous == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        // unreachable Redis: the claim that follows meets it too and answers degraded
        return store.find(previous.eventReference(tenant, event.eventId())).onFailure().recoverWithItem(Optional.empty());
    }

    private Uni<Decision> claimAndScore(String tenant, Event event, boolean explain, long started) {
        String reference = pseudonymiser.eventReference(tenant, event.eventId());
        return store.claim(reference, event.eventId()).onItemOrFailure().transformToUni((previous, failure) -> {
            if (failure != null) {
                return failure instanceof EventInProgressException
                        ? Uni.createFrom().failure(failure)
                        : Uni.createFrom().item(degraded(tenant, event, explain, failure));
            }
            if (previous.isPresent()) {
                return Uni.createFrom().item(previous.get().answerTo(event.eventId()));
            }
            return scoreFresh(tenant, event, explain, reference, started).onFailure().recoverWithUni(failed -> store
                    .release(reference).onItemOrFailure().transform((released, notReleased) -> {
                        if (failed instanceof TimeOutOfBoundsException refused) {
                            throw refused; // bad input, not an outage: a 400, never a degraded answer
                        }
                        return degraded(tenant, event, explain, failed);
                    }));
        });
    }

    /**
     * A bank's verified profile: kept in the contact vault, never scored, answered ALLOW with score 0 and no reasons.
     * Not recorded for idempotency: sending the same profile again changes nothing.
     */
    private Uni<Decision> keepProfile(String tenant, Event event) {
        return vault.keepVerified(event, features.identify(tenant, event))
                .onFailure().transform(failure -> new ProfileNotKeptException(event.eventId(), failure))
                .map(kept -> new Decision(event.eventId(), 0.0, DecisionType.ALLOW, List.of(),
                        models.live().model().card().version(), false, null));
    }

    private Uni<Decision> scoreFresh(String tenant, Event event, boolean explain, String reference, long started) {
        return features.process(tenant, event).flatMap(result -> {
            ScoringModel model = models.live().model();
            Verdict verdict = decide(tenant, event, result.features(), model, false);
            Decision modelDecision = verdict.decision();
            shadow.score(tenant, reference, event.type(), result.features(), modelDecision);
            Decision decision = rules.apply(tenant, event, result.features(), modelDecision);
            Map<String, String> keys = result.identityKeys().asMap();
            boolean alerting = decision.decision().raisesAlert();
            StoredEvent record = StoredEvent.of(decision, event.type(), keys);
            // The record leaves with the alert and the contact it carries; the alert keeps the model's view as it
            // was now, so a case explains itself even after another model is promoted.
            String alertRef = KeyedEventReference.of(pseudonymiser, reference).toString();
            Uni<Void> stored = alerting
                    ? vault.recall(tenant, event, result.identityKeys()).flatMap(contact -> store.complete(reference, record,
                        alerts.alert(tenant, event, alertRef, decision, keys, contact, explainer.explanation(
                                verdict.prediction(), result.features(), modelDecision))))
                    : store.complete(reference, record, PendingWrites.none());
            return stored.map(done -> {
                metrics.decided(tenant, decision.decision(), decision.modelVersion(), System.nanoTime() - started);
                drift.observe(tenant, model, event.type(), result.features(), decision);
                if (alerting) {
                    metrics.alerted(tenant);
                }
                return explain ? withFeatures(decision, result.features()) : decision;
            });
        });
    }

    private Decision degraded(String tenant, Event event, boolean explain, Throwable cause) {
        outageLog.degraded(tenant, cause);
        FeatureVector features = this.features.withoutHistory(event);
        Decision decision = decide(tenant, event, features, models.live().model(), true).decision();
        metrics.decidedDegraded(tenant, decision.decision(), decision.modelVersion());
        return explain ? withFeatures(decision, features) : decision;
    }

    /** The model's decision and the prediction behind it. */
    private record Verdict(Decision decision, Prediction prediction) {
    }

    private Verdict decide(String tenant, Event event, FeatureVector features, ScoringModel model, boolean degraded) {
        Prediction prediction = model.predict(features);
        // Rounded as the model card's drift reference rounds it.
        double score = Rounding.round(prediction.fraudProbability());
        DecisionType decision = policy.decide(score, model.card(), tenant, event.type());
        if (degraded && decision == DecisionType.ALLOW) {
            decision = DecisionType.CHALLENGE;
        }
        return new Verdict(new Decision(event.eventId(), score, decision,
                explainer.explain(prediction.attributions(), features), model.card().version(), degraded, null),
                prediction);
    }

    private static Decision withFeatures(Decision decision, FeatureVector features) {
        return new Decision(decision.eventId(), decision.score(), decision.decision(), decision.reasons(),
                decision.modelVersion(), decision.degraded(), CrossBankDisclosure.shown(features));
    }
}
