package dev.cxmon.bench;

import dev.cxmon.config.ClientAuthMethod;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.config.Secret;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.metrics.AgentMetrics;
import dev.cxmon.metrics.BulkMetrics;
import dev.cxmon.metrics.SkillMetrics;
import dev.cxmon.metrics.PollRenderedPrometheusRegistry;
import dev.cxmon.monitor.MonitorSettings;
import dev.cxmon.monitor.PollSchedule;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterPoller;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.monitor.SkillSettings;
import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.SimulatorOperations;
import dev.cxmon.simulator.SimulatorOptions;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Measures one configuration against the embedded simulator with injected latency: the first poll (token,
 * roster resolution, first read), then steady cycles in which 1 % of the agents change state.
 */
final class BenchRunner {

    private final RestClients clients;
    private final Vertx vertx;
    private final Duration latency;
    private final int cycles;
    private final int pageSize;

    BenchRunner(RestClients clients, Vertx vertx, Duration latency, int cycles) {
        this(clients, vertx, latency, cycles, SimulatorOptions.DEFAULT_PAGE_SIZE);
    }

    /** @param pageSize the most records one page of the simulator's lists holds */
    BenchRunner(RestClients clients, Vertx vertx, Duration latency, int cycles, int pageSize) {
        this.clients = clients;
        this.vertx = vertx;
        this.latency = latency;
        this.cycles = cycles;
        this.pageSize = pageSize;
    }

    BenchResult run(int agents, BenchMode mode) throws Exception {
        Path tenant = BenchTenant.write(agents);
        CxoneSimulator simulator = CxoneSimulator.start(vertx, SimulatorOptions.defaults().withTenantFile(tenant).withLatency(latency).withPageSize(pageSize));
        try {
            long heapBaseline = heapAfterGc();
            // The registry the daemon serves /q/metrics from, behind a real HTTP server on loopback.
            PrometheusMeterRegistry registry = new PollRenderedPrometheusRegistry(PrometheusConfig.DEFAULT);
            ScrapeEndpoint endpoint = ScrapeEndpoint.start(vertx, registry);
            RosterState state = new RosterState();
            new BulkMetrics(registry, state);
            RosterPoller poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, true),
                    Clock.systemUTC());
            // As the daemon does by default: one skill activity read per poll, its series exported.
            poller.skillPolling(SkillSettings.everySkill(), new SkillMetrics(registry, true));
            List<RosterEntry> roster = new ArrayList<>(agents);
            for (int i = 0; i < agents; i++) {
                roster.add(RosterEntry.of(String.valueOf(BenchTenant.FIRST_AGENT_ID + i)));
            }
            // A long interval, so that the poll deadline (0.8 × the interval) never cuts a slow mode short: the bench
            // measures how long a whole cycle takes.
            PollSchedule schedule = ((PollSchedule.Valid) PollSchedule.parse("1h", Optional.empty())).schedule();
            poller.configure(new MonitorSettings(roster, schedule, mode.concurrency, Duration.ofHours(1), false, mode.strategy,
                    mode.fullResyncEvery), settings(simulator.baseUrl()));
            try {
                long start = System.nanoTime();
                poller.pollOnce();
                double firstCycleSeconds = (System.nanoTime() - start) / 1e9;
                double firstPollCalls = simulator.requests().total() - simulator.requests().count(SimulatorOperations.OPENID_CONFIGURATION)
                        - simulator.requests().count(SimulatorOperations.CXONE_CONFIGURATION)
                        - simulator.requests().count(SimulatorOperations.SKILL_ACTIVITY);

                double[] millis = new double[cycles];
                double[] calls = new double[cycles];
                double[] skillCalls = new double[cycles];
                double[] cpu = new double[cycles];
                for (int cycle = 0; cycle < cycles; cycle++) {
                    changeOnePercent(simulator, agents, cycle);
                    simulator.requests().reset();
                    long cpuBefore = ThreadCpu.monitorNanos();
                    long before = System.nanoTime();
                    poller.pollOnce();
                    millis[cycle] = (System.nanoTime() - before) / 1e6;
                    cpu[cycle] = (ThreadCpu.monitorNanos() - cpuBefore) / 1e6;
                    skillCalls[cycle] = simulator.requests().count(SimulatorOperations.SKILL_ACTIVITY);
                    calls[cycle] = simulator.requests().total() - skillCalls[cycle];
                }
                // Right after the last poll ended, as Prometheus' next scrape would find it; then four more.
                double[] httpScrape = new double[5];
                ScrapeEndpoint.Scrape last = null;
                for (int i = 0; i < httpScrape.length; i++) {
                    last = endpoint.scrape();
                    httpScrape[i] = last.millis();
                }
                double heapMb = (heapAfterGc() - heapBaseline) / (1024.0 * 1024.0);
                double rssMb = ProcessMemory.residentMb();
                double[] scrape = new double[5];
                for (int i = 0; i < scrape.length; i++) {
                    long before = System.nanoTime();
                    registry.scrape();
                    scrape[i] = (System.nanoTime() - before) / 1e6;
                }
                return new BenchResult(agents, mode, firstCycleSeconds, firstPollCalls, median(millis), median(calls), median(cpu), heapMb,
                        median(scrape), rssMb, median(httpScrape), last.series(), last.bytes(), median(skillCalls), last.skillSeries(), null);
            } finally {
                poller.shutdown();
                endpoint.close();
                registry.close();
            }
        } finally {
            simulator.close();
            Files.deleteIfExists(tenant);
        }
    }

    private static void changeOnePercent(CxoneSimulator simulator, int agents, int cycle) {
        int changes = Math.max(1, agents / 100);
        for (int i = 0; i < changes; i++) {
            long agentId = BenchTenant.FIRST_AGENT_ID + (long) (cycle * 7919 + i * 97) % agents;
            simulator.setAgentState(agentId, (cycle + i) % 2 == 0 ? 3 : 1, null);
        }
    }

    private static ConnectionSettings settings(String baseUrl) {
        return new ConnectionSettings(URI.create(baseUrl), Optional.empty(), "27.0", Optional.of("demo-client"),
                Optional.of(Secret.of("demo-client-secret")), Optional.of(BenchTenant.ACCESS_KEY), Optional.of(Secret.of("bench-key-secret")),
                Optional.empty(), ClientAuthMethod.BASIC, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
