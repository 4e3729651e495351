package dev.cxmon.monitor;

import static dev.cxmon.monitor.WatchedPoller.errors;
import static dev.cxmon.monitor.WatchedPoller.transitions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.Fault;
import dev.cxmon.simulator.FaultKind;
import dev.cxmon.simulator.MutableClock;
import dev.cxmon.simulator.SimulatorOperations;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.simulator.TlsOptions;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PrometheusText;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The poller against a real simulator over real HTTP, one misbehaviour of CXone (or of what stands between) at a
 * time. Every case checks one contract: polling goes on; the affected agents are ERROR with the right reason
 * instead of a stale state; the other agents keep theirs; the monitor recovers by itself when the fault clears;
 * each change is counted once however long the fault lasts; threads and heap end where they started.
 */
@QuarkusTest
class FaultInjectionTest {

    private static final List<String> ROSTER = List.of("1001", "1002", "1003", "1005");
    private static final Set<String> EVERY_AGENT = Set.copyOf(ROSTER);
    private static final Set<String> AGENT_1002 = Set.of("1002");
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final int THREAD_SLACK = 2;
    private static final long HEAP_SLACK_BYTES = 24L * 1024 * 1024;

    @Inject
    RestClients clients;

    private Vertx vertx;
    private MutableClock simulatorClock;
    private CxoneSimulator simulator;
    private final List<WatchedPoller> pollers = new ArrayList<>();
    /** The monitor's clock: the system's, moved on by hand where a case must outwait a hold-off. */
    private final MutableClock monitorClock = new MutableClock(Clock.systemUTC());

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        simulatorClock = new MutableClock(Instant.now());
        simulator = startSimulator(0);
    }

    @AfterEach
    void stop() {
        pollers.forEach(WatchedPoller::close);
        simulator.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private CxoneSimulator startSimulator(int port) {
        CxoneSimulator started = CxoneSimulator.start(vertx, SimulatorOptions.defaults().withPort(port).withClock(simulatorClock));
        started.setAgentState(1001, 1, null);
        started.setAgentState(1002, 8, null);
        started.setAgentState(1003, 2, "Break");
        started.setAgentState(1005, 0, null);
        return started;
    }

    private ConnectionSettings connection() {
        return DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor").withReadTimeout(READ_TIMEOUT);
    }

    private WatchedPoller poller(ConnectionSettings connection) {
        WatchedPoller poller = new WatchedPoller(clients, ROSTER, PollStrategy.PER_AGENT, 4, connection, monitorClock);
        pollers.add(poller);
        return poller;
    }

    private WatchedPoller poller() {
        return poller(connection());
    }

    private void survives(Fault fault, Set<String> affected, String reason) {
        survives(poller(), affected, reason, () -> simulator.faults().set(fault), () -> simulator.faults().clear());
    }

    /** Two polls with the fault on (a fault outlasts a poll), then one without; checks the contract throughout. */
    private void survives(WatchedPoller watched, Set<String> affected, String reason, Runnable inject, Runnable clear) {
        watched.poll();
        watched.poll();
        Map<String, String> healthy = watched.statesAndAvailability();
        Map<String, String> healthyStates = watched.states();
        assertThat(healthy).hasSize(ROSTER.size());
        assertThat(healthyStates).doesNotContainValue("ERROR");
        Footprint before = Footprint.measure();
        PrometheusText start = watched.metrics();

        inject.run();
        watched.poll();
        watched.poll();
        Map<String, String> during = watched.statesAndAvailability();
        PrometheusText faulted = watched.metrics();
        for (String agent : ROSTER) {
            if (affected.contains(agent)) {
                assertThat(during.get(agent)).as("agent %s during the fault", agent).isEqualTo("ERROR/UNKNOWN");
                assertThat(delta(start, faulted, errors(agent, reason))).as("%s errors of agent %s, one per poll", reason, agent)
                        .isEqualTo(2.0);
                assertThat(delta(start, faulted, transitions(agent, healthyStates.get(agent), "ERROR")))
                        .as("agent %s turned ERROR once, however many polls failed", agent).isEqualTo(1.0);
            } else {
                assertThat(during.get(agent)).as("agent %s is not affected", agent).isEqualTo(healthy.get(agent));
            }
        }

        clear.run();
        watched.poll();
        PrometheusText recovered = watched.metrics();
        assertThat(watched.statesAndAvailability()).as("recovered unaided").isEqualTo(healthy);
        for (String agent : ROSTER) {
            double expected = affected.contains(agent) ? 2.0 : 0.0;
            assertThat(totalTransitions(start, recovered, agent)).as("transitions of agent %s through the fault", agent).isEqualTo(expected);
            if (affected.contains(agent)) {
                assertThat(delta(faulted, recovered, transitions(agent, "ERROR", healthyStates.get(agent)))).isEqualTo(1.0);
            } else {
                assertThat(totalErrors(start, recovered, agent)).as("errors of unaffected agent %s", agent).isZero();
            }
        }
        Footprint.measure().assertWithin(before);
    }

    @Test
    void persistentServerErrorsOnOneAgentMakeOnlyThatAgentError() {
        survives(new Fault(FaultKind.SERVER_ERROR, 503, null, -1, "agents/1002/states"), AGENT_1002, "server");
    }

    @Test
    void serverErrorsOnEveryAgentMakeEveryAgentError() {
        survives(new Fault(FaultKind.SERVER_ERROR, 502, null, -1, "/states"), EVERY_AGENT, "server");
    }

    @Test
    void aBurstOfServerErrorsShorterThanTheRetriesIsAbsorbed() {
        WatchedPoller watched = poller();
        watched.poll();
        Map<String, String> healthy = watched.statesAndAvailability();
        PrometheusText start = watched.metrics();
        long calls = simulator.requests().snapshot().getOrDefault(SimulatorOperations.AGENT_STATE, 0L);

        simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 503, null, 2, "agents/1002/states"));
        watched.poll();

        assertThat(simulator.faults().active()).as("the burst was consumed").isEmpty();
        assertThat(simulator.requests().snapshot().get(SimulatorOperations.AGENT_STATE) - calls).as("4 agents + 2 retries")
                .isEqualTo(6L);
        assertThat(watched.statesAndAvailability()).isEqualTo(healthy);
        for (String agent : ROSTER) {
            assertThat(totalErrors(start, watched.metrics(), agent)).isZero();
            assertThat(totalTransitions(start, watched.metrics(), agent)).isZero();
        }
    }

    @Test
    void rateLimitWithRetryAfter() {
        survivesRateLimit(new Fault(FaultKind.RATE_LIMIT, 0, Duration.ofSeconds(1), -1, "agents/1002/states"));
    }

    @Test
    void rateLimitWithoutRetryAfter() {
        survivesRateLimit(new Fault(FaultKind.RATE_LIMIT, 0, null, -1, "agents/1002/states"));
    }

    /**
     * A 429 pauses the whole session (CXone limits per tenant): the other agents' calls wait out the pause, which
     * they can only do within their read timeout, so this runs with the 3 s that the 1 s pause fits in.
     */
    private void survivesRateLimit(Fault fault) {
        WatchedPoller watched = poller(connection().withReadTimeout(Duration.ofSeconds(3)));
        survives(watched, AGENT_1002, "rate_limited", () -> simulator.faults().set(fault), () -> simulator.faults().clear());
        assertThat(watched.view("1002").lastError().message()).contains("rate limited");
    }

    @Test
    void connectionReset() {
        survives(Fault.of(FaultKind.CONNECTION_RESET).onPathsContaining("agents/1002/states"), AGENT_1002, "network");
    }

    @Test
    void readTimeout() {
        survives(new Fault(FaultKind.SLOW, 0, READ_TIMEOUT.multipliedBy(3), -1, "agents/1002/states"), AGENT_1002, "network");
    }

    @Test
    void slowDripBodyIsCutAtTheReadTimeoutThoughBytesKeepArriving() {
        WatchedPoller watched = poller();
        long start = System.nanoTime();
        survives(watched, AGENT_1002, "network",
                () -> simulator.faults().set(new Fault(FaultKind.SLOW_DRIP, 0, Duration.ofSeconds(20), -1, "agents/1002/states")),
                () -> simulator.faults().clear());
        assertThat(watched.view("1002").lastError().message()).contains("still arriving after 1000 ms");
        // Two faulted polls of three 1 s attempts each; without the whole-answer bound each would take 20 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void truncatedJson() {
        survives(Fault.of(FaultKind.TRUNCATED_JSON).onPathsContaining("agents/1002/states"), AGENT_1002, "malformed");
    }

    @Test
    void htmlPageWithStatus200FromAProxy() {
        survives(Fault.of(FaultKind.HTML_BODY).onPathsContaining("agents/1002/states"), AGENT_1002, "malformed");
    }

    @Test
    void wrongContentType() {
        survives(Fault.of(FaultKind.WRONG_CONTENT_TYPE).onPathsContaining("agents/1002/states"), AGENT_1002, "malformed");
    }

    @Test
    void fiftyMebibyteBodyIsReadOnlyUpToTheBoundWithAClearError() {
        WatchedPoller watched = poller();
        survives(watched, AGENT_1002, "malformed",
                () -> simulator.faults().set(Fault.of(FaultKind.OVERSIZED_BODY).onPathsContaining("agents/1002/states")),
                () -> simulator.faults().clear());
        assertThat(watched.view("1002").lastError().message()).contains("answer larger than 256 KiB: stopped reading");
        // The JVM's own count of what the poll threads allocated over all five polls, two of them offered 50 MiB each:
        // reading one of those whole would take more than this.
        assertThat(allocatedByPollThreads()).isLessThan(48L * 1024 * 1024);
    }

    private static long allocatedByPollThreads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("cxone-poll-"))
                .mapToLong(t -> threads.getThreadAllocatedBytes(t.getId()))
                .sum();
    }

    @Test
    void tokenEndpointDownWhenTheTokenMustBeRenewed() {
        long[] tokenCalls = new long[2];
        survives(poller(), EVERY_AGENT, "server", () -> {
            simulatorClock.advance(Duration.ofHours(2));
            simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 503, null, -1, "auth/token"));
            tokenCalls[0] = simulator.requests().snapshot().get(SimulatorOperations.TOKEN);
        }, () -> {
            tokenCalls[1] = simulator.requests().snapshot().get(SimulatorOperations.TOKEN);
            simulator.faults().clear();
            monitorClock.advance(Duration.ofSeconds(6)); // past the renewal hold-off, as the next scheduled poll would be
        });
        assertThat(tokenCalls[1] - tokenCalls[0]).as("renewal attempts in two polls of four agents while the endpoint is down")
                .isEqualTo(1L);
    }

    @Test
    void anOutageWhenTheRosterIsDueForResolutionIsStillErrorNotAStaleState() {
        WatchedPoller watched = new WatchedPoller(clients, ROSTER, PollStrategy.PER_AGENT, 1, connection(), monitorClock);
        pollers.add(watched);
        watched.poll();
        Map<String, String> healthy = watched.statesAndAvailability();
        monitorClock.advance(Duration.ofMinutes(11)); // past cxone.poll.resolve-every: this poll resolves the roster again
        long lookups = simulator.requests().snapshot().get(SimulatorOperations.AGENT);

        simulator.faults().set(Fault.of(FaultKind.CONNECTION_RESET));
        watched.poll();
        assertThat(watched.states()).as("every agent during the outage").containsOnlyKeys(ROSTER)
                .allSatisfy((agent, state) -> assertThat(state).isEqualTo("ERROR"));
        assertThat(watched.metrics().valueOrZero(errors("1001", "network"))).isEqualTo(1.0);
        assertThat(simulator.requests().snapshot().get(SimulatorOperations.AGENT) - lookups)
                .as("agent lookups: the first one's attempts, then the round stops").isBetween(1L, 3L);

        simulator.faults().clear();
        int before = watched.operations().size();
        watched.poll();
        assertThat(watched.statesAndAvailability()).as("recovered, resolution retried").isEqualTo(healthy);
        assertThat(simulator.requests().snapshot().get(SimulatorOperations.AGENT) - lookups).isGreaterThanOrEqualTo(ROSTER.size());
        // The states are read before the roster is resolved again, so recovery does not wait for a 1,000-call round.
        List<String> recoveryPoll = watched.operations().subList(before, watched.operations().size());
        assertThat(recoveryPoll.subList(0, ROSTER.size())).containsOnly("AGENT_STATE");
        assertThat(recoveryPoll.subList(ROSTER.size(), recoveryPoll.size())).containsOnly("AGENT");
    }

    @Test
    void connectionRefusedWhileCxoneIsDownThenBack() {
        WatchedPoller watched = poller();
        int port = simulator.port();
        survives(watched, EVERY_AGENT, "network", () -> simulator.close(), () -> simulator = startSimulator(port));
        assertThat(watched.view("1001").lastError().message()).contains("connection refused");
    }

    @Test
    void tokenExpiringInTheMiddleOfAPollIsRenewedOnceWithoutAnError() throws Exception {
        WatchedPoller watched = poller(DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"));
        watched.poll();
        Map<String, String> healthy = watched.statesAndAvailability();
        PrometheusText start = watched.metrics();
        long tokens = simulator.requests().snapshot().get(SimulatorOperations.TOKEN);

        // 1003's answer is held back; while it is, the server's clock passes the token's expiry.
        simulator.faults().set(new Fault(FaultKind.SLOW, 0, Duration.ofMillis(500), 1, "agents/1003/states"));
        CompletableFuture<Void> poll = CompletableFuture.runAsync(watched::poll);
        awaitUntil(() -> simulator.faults().active().isEmpty());
        simulatorClock.advance(Duration.ofHours(2));
        poll.get(30, TimeUnit.SECONDS);

        assertThat(simulator.requests().snapshot().get(SimulatorOperations.TOKEN) - tokens).as("one renewal").isEqualTo(1L);
        assertThat(watched.statesAndAvailability()).isEqualTo(healthy);
        for (String agent : ROSTER) {
            assertThat(totalErrors(start, watched.metrics(), agent)).as("errors of %s", agent).isZero();
            assertThat(totalTransitions(start, watched.metrics(), agent)).as("transitions of %s", agent).isZero();
        }
    }

    @Test
    void serverClockBehindOrAheadOfOursNeitherExpiresNorRenewsTheTokenEarly() {
        for (Duration skew : List.of(Duration.ofHours(-3), Duration.ofHours(3))) {
            simulatorClock.advance(skew);
            WatchedPoller watched = poller();
            long tokens = simulator.requests().snapshot().getOrDefault(SimulatorOperations.TOKEN, 0L);
            for (int i = 0; i < 3; i++) {
                watched.poll();
            }
            assertThat(watched.states()).as("skew %s", skew).doesNotContainValue("ERROR").hasSize(ROSTER.size());
            assertThat(simulator.requests().snapshot().get(SimulatorOperations.TOKEN) - tokens)
                    .as("one token for three polls with the server's clock %s off", skew).isEqualTo(1L);
            simulatorClock.advance(skew.negated());
        }
    }

    @Test
    void dnsFailureIsANetworkErrorForEveryAgentAndPollingGoesOn() {
        WatchedPoller healthy = poller();
        healthy.poll();
        WatchedPoller watched = poller(connection().withApiUrl(URI.create("https://cxone-api.invalid:" + simulator.port())));
        watched.poll();
        Footprint before = Footprint.measure();
        watched.poll();
        watched.poll();
        for (String agent : ROSTER) {
            assertThat(watched.states().get(agent)).as(agent).isEqualTo("ERROR");
            assertThat(watched.metrics().valueOrZero(errors(agent, "network"))).as(agent).isEqualTo(3.0);
        }
        assertThat(watched.view("1001").lastError().message()).contains("DNS lookup failed");
        Footprint.measure().assertWithin(before);
    }

    @Test
    void untrustedCertificateIsTlsFailureNotAnUnreachableHost() {
        CxoneSimulator tls = CxoneSimulator.start(vertx, SimulatorOptions.defaults()
                .withTls(new TlsOptions(Path.of("src/test/resources/tls/simulator-test.p12"), "changeit")));
        try {
            WatchedPoller watched = poller(DemoSettings.forKey(tls.baseUrl(), "demo-supervisor").withReadTimeout(READ_TIMEOUT));
            watched.poll();
            for (String agent : ROSTER) {
                assertThat(watched.states().get(agent)).as(agent).isEqualTo("ERROR");
                assertThat(watched.metrics().valueOrZero(errors(agent, "network"))).as(agent).isEqualTo(1.0);
                // The same code diagnose gives for this failure, so /api/agents points at the TLS runbook.
                assertThat(watched.view(agent).lastError().code()).as(agent).isEqualTo("TLS_FAILURE");
                assertThat(watched.view(agent).lastError().docs()).as(agent).isEqualTo("docs/diagnosis/TLS_FAILURE.md");
            }
        } finally {
            tls.close();
        }
    }

    private static double delta(PrometheusText from, PrometheusText to, String series) {
        return to.valueOrZero(series) - from.valueOrZero(series);
    }

    private static double totalTransitions(PrometheusText from, PrometheusText to, String agent) {
        return to.sum("cxone_agent_state_transitions_total{agent_id=\"" + agent + "\",")
                - from.sum("cxone_agent_state_transitions_total{agent_id=\"" + agent + "\",");
    }

    private static double totalErrors(PrometheusText from, PrometheusText to, String agent) {
        return to.sum("cxone_agent_poll_errors_total{agent_id=\"" + agent + "\",")
                - from.sum("cxone_agent_poll_errors_total{agent_id=\"" + agent + "\",");
    }


    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Live threads and the heap in use after a collection. */
    private record Footprint(int threads, long heapBytes) {

        static Footprint measure() {
            System.gc();
            return new Footprint(ManagementFactory.getThreadMXBean().getThreadCount(),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        void assertWithin(Footprint before) {
            assertThat(threads).as("live threads after the fault (before: %d)", before.threads).isLessThanOrEqualTo(before.threads + THREAD_SLACK);
            assertThat(heapBytes).as("heap in use after the fault (before: %d)", before.heapBytes)
                    .isLessThanOrEqualTo(before.heapBytes + HEAP_SLACK_BYTES);
        }
    }
}
