package dev.cxmon.metrics;

import dev.cxmon.monitor.RosterState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;

/**
 * What the bulk strategy sees that the per-agent endpoint contradicts: agents hidden from agents/states, as the roster
 * state counts them. Created at startup, so the gauge exists (at 0) from the start and not only once a bean needs it.
 */
@Startup
@Singleton
public class BulkMetrics {

    public static final String HIDDEN = "cxone.bulk.hidden.agents";

    public BulkMetrics(MeterRegistry registry, RosterState state) {
        Gauge.builder(HIDDEN, state, RosterState::bulkHidden).strongReference(true)
                .description("Roster agents the per-agent endpoint sees but the bulk agent states leave out (BULK_NOT_VISIBLE)")
                .register(registry);
    }
}
