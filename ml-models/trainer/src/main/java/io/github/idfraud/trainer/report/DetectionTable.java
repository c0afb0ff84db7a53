package io.github.idfraud.trainer.report;

import static io.github.idfraud.trainer.report.ModelCardMarkdown.count;
import static io.github.idfraud.trainer.report.ModelCardMarkdown.pct;

import io.github.idfraud.models.AlertBudgets;
import io.github.idfraud.models.Detection;
import io.github.idfraud.models.ModelCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The headline rows of the model card: per scenario family, the unseen world next to the training world. */
final class DetectionTable {

    private DetectionTable() {
    }

    /** One family; {@code -} where a world has no such scenario. */
    public record Row(String scenario, String unseenHarmful, String unseenRanking, String unseenPolicy, String unseenRules,
                      String unseenCombined, String sameHarmful, String sameRanking, String samePolicy) {
    }

    /** One alert budget on the unseen world. */
    public record CurveRow(String share, String legitShare, String harmfulShare, String weakest) {
    }

    /** One alert budget: its REVIEW threshold per event type. */
    public record BudgetRow(String share, String legitShare, String fraudRecall, String thresholds) {
    }

    static List<Row> rows(ModelCard card) {
        Detection d = card.detection();
        if (d == null || d.sameWorld() == null) {
            return List.of();
        }
        Map<String, Detection.Family> same = byScenario(d.sameWorld());
        Map<String, Detection.Family> unseen = d.unseenWorld() == null ? Map.of() : byScenario(d.unseenWorld());
        TreeSet<String> scenarios = new TreeSet<>(same.keySet());
        scenarios.addAll(unseen.keySet());
        List<Row> rows = new ArrayList<>();
        for (String scenario : scenarios) {
            Detection.Family u = unseen.get(scenario);
            Detection.Family s = same.get(scenario);
            rows.add(new Row(scenario, u == null ? "-" : count(u.harmfulEvents()), u == null ? "-" : pct(u.rankingRecall()),
                    u == null ? "-" : pct(u.policyShare()), u == null ? "-" : pct(u.rulesShare()),
                    u == null ? "-" : pct(u.combinedShare()), s == null ? "-" : count(s.harmfulEvents()),
                    s == null ? "-" : pct(s.rankingRecall()), s == null ? "-" : pct(s.policyShare())));
        }
        Detection.FamilyTable uw = d.unseenWorld();
        Detection.FamilyTable sw = d.sameWorld();
        rows.add(new Row("legit (share sent to REVIEW/DECLINE)", uw == null ? "-" : count(uw.legitEvents()), "1.0%",
                uw == null ? "-" : pct(uw.legitPolicyShare()), uw == null ? "-" : pct(uw.legitRulesShare()),
                uw == null ? "-" : pct(uw.legitCombinedShare()), count(sw.legitEvents()), "1.0%",
                pct(sw.legitPolicyShare())));
        return rows;
    }

    static List<BudgetRow> budgets(ModelCard card) {
        AlertBudgets budgets = card.alertBudgets();
        if (budgets == null) {
            return List.of();
        }
        List<BudgetRow> rows = new ArrayList<>();
        for (AlertBudgets.Budget b : budgets.budgets()) {
            Map<String, String> shown = new LinkedHashMap<>();
            b.reviewThresholds().forEach((type, t) -> shown.put(type, String.format(Locale.ROOT, "%.4f", t)));
            rows.add(new BudgetRow(pct(b.share()) + (b.share() == budgets.defaultShare() ? " (default)" : ""),
                    pct(b.legitShare()), pct(b.fraudRecall()),
                    shown.isEmpty() ? "no alerts" : shown.toString().replaceAll("[{}]", "").replace("=", " ")));
        }
        return rows;
    }

    static List<CurveRow> unseenCurve(ModelCard card) {
        Detection d = card.detection();
        if (d == null || d.unseenWorld() == null || d.unseenWorld().budgetCurve() == null) {
            return List.of();
        }
        return d.unseenWorld().budgetCurve().stream().map(p -> new CurveRow(
                pct(p.share()) + (card.alertBudgets() != null && p.share() == card.alertBudgets().defaultShare() ? " (default)" : ""),
                pct(p.legitShare()), pct(p.harmfulShare()), p.weakestFamily() + " " + pct(p.weakestShare()))).toList();
    }

    private static Map<String, Detection.Family> byScenario(Detection.FamilyTable table) {
        Map<String, Detection.Family> map = new LinkedHashMap<>();
        table.families().forEach(f -> map.put(f.scenario(), f));
        return map;
    }
}
