package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the decision policy and the ranking catch per scenario family, on the training world's test period and on a
 * world the model never saw (other seed AND other parameter draws): the honest headline.
 *
 * @param sameWorld   the test period of the training log
 * @param unseenWorld the same days of a log from another world, or null when training had none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Detection(FamilyTable sameWorld, FamilyTable unseenWorld) {

    /**
     * @param log                where the events came from
     * @param legitEvents        legitimate events (ground truth)
     * @param legitPolicyShare   share of them the policy sends to REVIEW or DECLINE
     * @param rankingThreshold   score at which 1% of legitimate events are flagged (ranking columns)
     * @param families           one row per fraud scenario
     * @param legitRulesShare    share of legitimate events the default rules alone send there; null when not measured
     * @param legitCombinedShare the same for the model's policy and the rules together; null when not measured
     * @param budgetCurve        the model's policy under every alert budget of the card, on these events
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FamilyTable(String log, long legitEvents, double legitPolicyShare, double rankingThreshold,
                              List<Family> families, Double legitRulesShare, Double legitCombinedShare,
                              List<BudgetPoint> budgetCurve) {
    }

    /**
     * What one alert budget does on a table's events: how many legitimate and harmful events it sends to REVIEW or
     * DECLINE, and the family it serves worst.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetPoint(double share, double legitShare, double harmfulShare, String weakestFamily,
                              double weakestShare) {
    }

    /**
     * Harmful events are a scenario's events other than logins (what moves money, opens accounts or takes control).
     *
     * @param rankingRecall       share of harmful events scored at or above {@code rankingThreshold} (1% legit FPR)
     * @param policyShare         share of harmful events the decision policy sends to REVIEW or DECLINE
     * @param rulesShare          the same with the default rules alone; null when not measured
     * @param combinedShare       the same with the model's policy and the default rules together; null when not measured
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Family(String scenario, long events, long harmfulEvents, double rankingRecall, double policyShare,
                         Double rulesShare, Double combinedShare) {
    }
}
