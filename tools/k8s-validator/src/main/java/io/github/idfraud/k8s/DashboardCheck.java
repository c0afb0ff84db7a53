package io.github.idfraud.k8s;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Grafana dashboard parses, its panels have unique ids and queries, and it charts the metrics the services
 * export under the names given (a renamed meter leaves a panel silently empty).
 */
public final class DashboardCheck {

    private static final Pattern METRIC = Pattern.compile("\\b(fraud_[a-z0-9_]+)");

    /** @param exported the fraud_* names the services export (null: not checked) */
    public List<String> check(String json, List<String> requiredMetrics, Set<String> exported) {
        List<String> errors = new java.util.ArrayList<>();
        JsonObject dashboard;
        try {
            dashboard = JsonParser.parseString(json).getAsJsonObject();
        } catch (RuntimeException e) {
            return List.of("dashboard is not valid JSON: " + e.getMessage());
        }
        for (String key : List.of("title", "uid", "panels", "schemaVersion")) {
            if (!dashboard.has(key)) {
                errors.add("dashboard has no " + key);
            }
        }
        Set<Integer> ids = new HashSet<>();
        Set<String> metrics = new HashSet<>();
        for (JsonElement p : dashboard.getAsJsonArray("panels")) {
            JsonObject panel = p.getAsJsonObject();
            String title = panel.has("title") ? panel.get("title").getAsString() : "?";
            if (!panel.has("id") || !ids.add(panel.get("id").getAsInt())) {
                errors.add("panel '" + title + "' has no id or a duplicate one");
            }
            if ("row".equals(panel.get("type").getAsString())) {
                continue;
            }
            if (!panel.has("targets") || panel.getAsJsonArray("targets").isEmpty()) {
                errors.add("panel '" + title + "' has no query");
                continue;
            }
            for (JsonElement t : panel.getAsJsonArray("targets")) {
                JsonElement expr = t.getAsJsonObject().get("expr");
                if (expr == null || expr.getAsString().isBlank()) {
                    errors.add("panel '" + title + "' has a target without expr");
                    continue;
                }
                Matcher m = METRIC.matcher(expr.getAsString());
                while (m.find()) {
                    metrics.add(m.group(1));
                }
            }
        }
        if (exported != null) {
            for (String used : new java.util.TreeSet<>(metrics)) {
                if (!exported.contains(used)) {
                    errors.add(used + " is charted but no service registers a meter exported under that name");
                }
            }
        }
        for (String required : requiredMetrics) {
            if (!metrics.contains(required)) {
                errors.add("no panel charts " + required);
            }
        }
        return errors;
    }
}
