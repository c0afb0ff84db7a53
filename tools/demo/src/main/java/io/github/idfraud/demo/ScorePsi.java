package io.github.idfraud.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the scoring service's drift gauge: the score's population stability index per tenant, from its metrics. */
final class ScorePsi {

    private static final Pattern GAUGE = Pattern.compile("^fraud_score_psi\\{[^}]*tenant=\"([^\"]+)\"[^}]*} (\\S+)$");

    private ScorePsi() {
    }

    /** Tenant -> PSI; tenants whose window is still too small (NaN) are left out; empty when metrics do not answer. */
    static Map<String, Double> read(URI scoringMetrics) {
        Map<String, Double> psi = new TreeMap<>();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    scoringMetrics).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String line : response.body().split("\n")) {
                Matcher m = GAUGE.matcher(line.strip());
                if (m.matches() && !"NaN".equals(m.group(2))) {
                    psi.put(m.group(1), Double.parseDouble(m.group(2)));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return psi;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return psi;
    }
}
