package dev.cxmon.observability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every PromQL target of a Grafana dashboard (rows included), and the substitution of its template variables. */
final class GrafanaTargets {

    private GrafanaTargets() {}

    /** "panel title #refId" -> expr, for every target of every panel. */
    static Map<String, String> of(JsonNode dashboard) {
        Map<String, String> targets = new LinkedHashMap<>();
        collect(dashboard.path("panels"), targets);
        return targets;
    }

    private static void collect(JsonNode panels, Map<String, String> targets) {
        for (JsonNode panel : panels) {
            collect(panel.path("panels"), targets);
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText("");
                if (expr.isBlank()) {
                    throw new AssertionError("panel '" + panel.path("title").asText() + "' has a target without expr");
                }
                targets.put(panel.path("title").asText() + " #" + target.path("refId").asText(), expr);
            }
        }
    }

    /** What Grafana would send with "All" selected and a short time range. */
    static String substituteVariables(String expr) {
        return expr.replace("${team}", ".*").replace("$team", ".*")
                .replace("${agent}", ".*").replace("$agent", ".*")
                .replace("${skill}", ".*").replace("$skill", ".*")
                .replace("${instance}", ".*").replace("$instance", ".*")
                .replace("${job}", ".*").replace("$job", ".*")
                .replace("$__rate_interval", "1m").replace("${__rate_interval}", "1m")
                .replace("$__interval", "10s").replace("${__interval}", "10s")
                .replace("$__range", "5m").replace("${__range}", "5m");
    }
}
