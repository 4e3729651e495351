package dev.cxmon.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the bulk strategy sees that the per-agent endpoint contradicts: agents hidden from agents/states. A plain
 * singleton, so the gauge exists (at 0) from the start and not only once a bulk poll touches the bean.
 */
@Singleton
public class BulkMetrics {

    public static final String HIDDEN = "cxone.bulk.hidden.agents";

    private final AtomicInteger hidden = new AtomicInteger();

    public BulkMetrics(MeterRegistry registry) {
        Gauge.builder(HIDDEN, hidden, AtomicInteger::get)
                .description("Roster agents the per-agent endpoint sees but the bulk agent states leave out (BULK_NOT_VISIBLE)")
                .register(registry);
    }

    public void hidden(int count) {
        hidden.set(count);
    }
}
