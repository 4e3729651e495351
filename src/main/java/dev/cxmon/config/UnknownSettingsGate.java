package dev.cxmon.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;

/**
 * Stops every start (daemon, diagnose, bench) on a misspelt {@code cxone.*} or {@code CXONE_*} name, before anything
 * runs on settings the user did not mean. SmallRye's own check of unknown keys is off (application.properties): it
 * sees only properties, not environment variables or .env, and says it in its own words.
 */
@ApplicationScoped
public class UnknownSettingsGate {

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        List<ConfigProblem> problems = UnknownSettings.find(GivenSettings.ofThisProcess());
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
    }
}
