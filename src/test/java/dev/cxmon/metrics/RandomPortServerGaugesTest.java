package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Registers the gauges the way Quarkus' Vert.x binder does for two HTTP servers, once on fixed ports and once on port 0. */
class RandomPortServerGaugesTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();

    {
        registry.config().meterFilter(new RandomPortServerGauges());
    }

    private void serverGauges(String... port) {
        for (String name : RandomPortServerGauges.PER_SERVER_GAUGES) {
            Gauge.Builder<AtomicLong> gauge = Gauge.builder(name, new AtomicLong(), AtomicLong::get).tag("url.scheme", "http");
            if (port.length > 0) {
                gauge.tag("server.port", port[0]);
            }
            gauge.register(registry);
        }
    }

    @Test
    void onFixedPortsEachServerKeepsItsGauges() {
        serverGauges("8080");
        serverGauges("9000");
        assertThat(registry.find("http.server.active.connections").gauges()).hasSize(2);
        assertThat(registry.find("http.server.active.requests").gauges()).hasSize(2);
    }

    @Test
    void onPortZeroTheGaugesThatCannotBeToldApartAreNotRegistered() {
        serverGauges();
        serverGauges();
        assertThat(registry.find("http.server.active.connections").gauges()).isEmpty();
        assertThat(registry.find("http.server.active.requests").gauges()).isEmpty();
    }

    @Test
    void otherMetersWithoutAPortPass() {
        Gauge.builder("http.client.active.connections", new AtomicLong(), AtomicLong::get).register(registry);
        registry.counter("http.server.active.connections.total");
        assertThat(registry.find("http.client.active.connections").gauges()).hasSize(1);
        assertThat(registry.find("http.server.active.connections.total").counters()).hasSize(1);
    }
}
