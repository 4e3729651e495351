package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How to start a {@link CxoneSimulator}. {@code port} 0 picks a free port; without a tenant file the
 * built-in demo tenant is used; {@code latency} delays every API and token answer; {@code pageSize} is the most records
 * one answer of a paginated list (agents/states, agents) holds, whatever {@code top} asks.
 */
public record SimulatorOptions(String host, int port, Optional<Path> tenantFile, Optional<TlsOptions> tls,
        Clock clock, Duration latency, int pageSize) {

    /**
     * NICE does not publish the default or largest {@code top}; 1000 records per page is a guess large enough that a
     * demo tenant is one page and a 10,000-agent tenant ten, so paging is exercised at realistic sizes.
     */
    public static final int DEFAULT_PAGE_SIZE = 1000;

    public SimulatorOptions {
        requireNonNull(host, "host");
        requireNonNull(tenantFile, "tenantFile");
        requireNonNull(tls, "tls");
        requireNonNull(clock, "clock");
        requireNonNull(latency, "latency");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, was " + pageSize);
        }
    }

    /** 127.0.0.1, port 0, built-in demo tenant, no TLS, system UTC clock, no latency, pages of DEFAULT_PAGE_SIZE. */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions("127.0.0.1", 0, Optional.empty(), Optional.empty(), Clock.systemUTC(), Duration.ZERO,
                DEFAULT_PAGE_SIZE);
    }

    public SimulatorOptions withHost(String h) {
        return new SimulatorOptions(h, port, tenantFile, tls, clock, latency, pageSize);
    }

    public SimulatorOptions withPort(int p) {
        return new SimulatorOptions(host, p, tenantFile, tls, clock, latency, pageSize);
    }

    public SimulatorOptions withTenantFile(Path p) {
        return new SimulatorOptions(host, port, Optional.of(p), tls, clock, latency, pageSize);
    }

    public SimulatorOptions withTls(TlsOptions t) {
        return new SimulatorOptions(host, port, tenantFile, Optional.of(t), clock, latency, pageSize);
    }

    public SimulatorOptions withClock(Clock c) {
        return new SimulatorOptions(host, port, tenantFile, tls, c, latency, pageSize);
    }

    public SimulatorOptions withLatency(Duration d) {
        return new SimulatorOptions(host, port, tenantFile, tls, clock, d, pageSize);
    }

    public SimulatorOptions withPageSize(int size) {
        return new SimulatorOptions(host, port, tenantFile, tls, clock, latency, size);
    }
}
