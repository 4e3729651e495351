package dev.cxmon.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Drops Quarkus' per-server connection and request gauges of an HTTP server on a random port (0), where they cannot be
 * told apart. Quarkus' Vert.x binder registers {@code http.server.active.connections} and
 * {@code http.server.active.requests} once per HTTP server (here two: the API and the management interface) and tells
 * them apart by a {@code server.port} tag, which it leaves out for port 0 (quarkusio/quarkus#50040). On port 0 both
 * servers would register the same gauge: Micrometer ignores the second with a WARN at every start, and the one left
 * counts one server only. With fixed ports (the defaults 8080 and 9000) every gauge has its {@code server.port} and
 * passes; no metric of the README's list is affected.
 */
@Singleton
public class RandomPortServerGauges implements MeterFilter {

    static final Set<String> PER_SERVER_GAUGES = Set.of("http.server.active.connections", "http.server.active.requests");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        boolean perServerGauge = id.getType() == Meter.Type.GAUGE && PER_SERVER_GAUGES.contains(id.getName());
        return perServerGauge && id.getTag("server.port") == null ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }
}
