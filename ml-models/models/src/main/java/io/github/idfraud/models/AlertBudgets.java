package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * REVIEW thresholds per event type for a range of alert budgets: an account opening and a card payment do not share
 * a score scale, so each type gets its own threshold, and the budget (the share of all events sent to REVIEW or
 * DECLINE) is spent where it catches most fraud on the calibration period.
 *
 * @param defaultShare the budget used when a tenant sets none
 * @param calibratedOn the period whose scores and labels set the thresholds
 * @param budgets      ascending by share
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertBudgets(double defaultShare, String calibratedOn, List<Budget> budgets) {

    /**
     * @param share            share of all events sent to REVIEW or DECLINE on the calibration period at most
     * @param reviewThresholds event type name to its REVIEW threshold; a type missing here gets no alerts
     * @param legitShare       share of the calibration period's non-FRAUD events these thresholds alert on (null on older cards)
     * @param fraudRecall      share of its FRAUD-labelled events they alert on
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(double share, Map<String, Double> reviewThresholds, Double legitShare, Double fraudRecall) {

        /**
         * The thresholds for an event of {@code eventType}: REVIEW is the type's own; CHALLENGE and DECLINE stay the
         * model's global ones but never cross it, so a type the budget gives no alerts gets no REVIEW nor DECLINE.
         */
        public ModelCard.Thresholds thresholds(ModelCard.Thresholds global, String eventType) {
            double review = reviewThresholds.getOrDefault(eventType, Double.POSITIVE_INFINITY);
            return new ModelCard.Thresholds(Math.min(global.challenge(), review), review, Math.max(global.decline(), review));
        }
    }

    /** The largest budget not above {@code share}, else the smallest there is. */
    public Budget atMost(double share) {
        Budget chosen = budgets.get(0);
        for (Budget b : budgets) {
            if (b.share() <= share + 1e-12) {
                chosen = b;
            }
        }
        return chosen;
    }
}
