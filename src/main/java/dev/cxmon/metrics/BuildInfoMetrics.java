package dev.cxmon.metrics;

import dev.cxmon.config.BuildVersion;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What runs, for dashboards and for telling instances apart during a rollout: cxone_build_info{version, commit} 1. */
@Startup
@Singleton
public class BuildInfoMetrics {

    public static final String BUILD_INFO = "cxone.build.info";

    public BuildInfoMetrics(MeterRegistry registry, @ConfigProperty(name = "quarkus.application.version") String version) {
        BuildVersion build = BuildVersion.current(version);
        Gauge.builder(BUILD_INFO, () -> 1).strongReference(true)
                .description("The running build: the project's version and the git commit it was built from (value always 1)")
                .tags("version", build.version(), "commit", build.commit())
                .register(registry);
    }
}
