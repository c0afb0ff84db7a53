package io.github.idfraud.k8s;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeterNamesTests {

    @Test
    void micrometerNamesBecomePrometheusNames() {
        Set<String> names = MeterNames.fromSource("""
                Counter.builder("fraud.decisions").tag("tenant", t);
                this.latency = Timer.builder("fraud.scoring.latency")
                Gauge.builder("fraud.model.info", slot, s -> 1)
                DistributionSummary.builder("fraud.challenger.score")
                """);
        assertTrue(names.containsAll(List.of("fraud_decisions_total", "fraud_scoring_latency_seconds_bucket",
                "fraud_model_info", "fraud_challenger_score_bucket")), names::toString);
    }

    @Test
    void aDashboardChartingAnUnknownMetricFails() {
        String dashboard = """
                {"title": "t", "uid": "u", "schemaVersion": 39, "panels": [
                  {"id": 1, "type": "timeseries", "title": "emails", "targets": [{"expr": "rate(fraud_emails_sent_total[5m])"}]}]}
                """;
        List<String> errors = new DashboardCheck().check(dashboard, List.of("fraud_emails_total"), Set.of("fraud_emails_total"));
        assertTrue(errors.contains("fraud_emails_sent_total is charted but no service registers a meter exported under that name"), errors::toString);
        assertTrue(errors.contains("no panel charts fraud_emails_total"), errors::toString);
    }
}
