package dev.cxmon.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code cxone.*} property or {@code CXONE_*} variable that is not a known key is a typo that would otherwise be
 * ignored without a word (the demo roster and the 30 s default staying in force): each one is a problem naming the
 * closest known key.
 */
public final class UnknownSettings {

    /** Kubernetes service links for a Service named cxone-agent-monitor (CXONE_AGENT_MONITOR_SERVICE_HOST, ...): not ours. */
    private static final String SERVICE_LINKS = "CXONE_AGENT_MONITOR_";

    private UnknownSettings() {}

    public static List<ConfigProblem> find(GivenSettings given) {
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (GivenSettings.Given setting : given.settings()) {
            String name = setting.name();
            boolean ours = name.startsWith(ConfigKeys.PREFIX) || (name.startsWith("CXONE_") && !name.startsWith(SERVICE_LINKS));
            if (!ours || ConfigKeys.known(name).isPresent() || !reported.add(name)) {
                continue;
            }
            problems.add(problem(name, setting.origin()));
        }
        return problems;
    }

    static ConfigProblem problem(String name, String origin) {
        String closest = ConfigKeys.closest(name);
        String environment = ConfigKeys.environmentName(closest);
        boolean isEnvironment = name.startsWith("CXONE_");
        String suggestion = isEnvironment ? environment + " (" + closest + ")" : closest + " (" + environment + ")";
        return new ConfigProblem(name, "is not a setting this monitor knows (found in " + origin + "); did you mean " + suggestion + "?",
                "correct its spelling (see the configuration table in README.md), or remove it");
    }
}
