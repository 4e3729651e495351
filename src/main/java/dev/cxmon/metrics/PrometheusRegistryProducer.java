package dev.cxmon.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exemplars.ExemplarSampler;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.Optional;

/**
 * Replaces Quarkus' Prometheus registry (same arguments, a higher priority than its producer's APPLICATION + 100) with
 * {@link PollRenderedPrometheusRegistry}; Quarkus' /q/metrics handler scrapes whichever registry this is.
 */
@Singleton
public class PrometheusRegistryProducer {

    @Produces
    @Singleton
    @Alternative
    @Priority(Interceptor.Priority.APPLICATION + 200)
    public PrometheusMeterRegistry registry(PrometheusConfig config, CollectorRegistry collectorRegistry,
            Optional<ExemplarSampler> exemplarSampler, Clock clock) {
        return new PollRenderedPrometheusRegistry(config, collectorRegistry, clock, exemplarSampler.orElse(null));
    }
}
