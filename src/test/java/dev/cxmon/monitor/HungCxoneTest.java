package dev.cxmon.monitor;

import static dev.cxmon.monitor.WatchedPoller.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.RestClients;
import dev.cxmon.simulator.Fault;
import dev.cxmon.simulator.FaultKind;
import dev.cxmon.simulator.SimulatorOperations;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.SimulatorPerTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CXone stops answering (every call hangs longer than the read timeout) while the poller runs on its schedule, as in
 * the daemon. Each poll ends by its deadline (0.8 × the interval), so the agents turn ERROR (network) at the end of the
 * first poll that meets the silence, not after the fault is over; and the first poll after the fault reports them
 * again. Against the real simulator over HTTP, in wall-clock time.
 */
@QuarkusTest
class HungCxoneTest extends SimulatorPerTest {

    private static final List<String> ROSTER = List.of("1001", "1002", "1003", "1005");
    private static final Duration INTERVAL = Duration.ofSeconds(2);
    /** Longer than the interval: without a poll deadline, a poll waits for it (and its retries). */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(6);
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final Duration FAULT_FOR = Duration.ofSeconds(6);
    /** Time for one poll's own work on loopback, and for the scheduler's tick. */
    private static final Duration SLACK = Duration.ofMillis(700);

    @Inject
    RestClients clients;

    private WatchedPoller watched;
    private ScheduledExecutorService scheduler;

    @BeforeEach
    void setStates() {
        simulator.setAgentState(1001, 1, null);
        simulator.setAgentState(1002, 8, null);
        simulator.setAgentState(1003, 2, "Break");
        simulator.setAgentState(1005, 0, null);
    }

    @AfterEach
    void stopPolling() throws InterruptedException {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (watched != null) {
            watched.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = PollStrategy.class, names = {"PER_AGENT", "BULK"})
    void errorAtTheEndOfTheFirstPollThatMeetsTheSilenceAndRecoveryWithinOneIntervalOfItsEnd(PollStrategy strategy) throws Exception {
        watched = new WatchedPoller(clients, ROSTER, strategy, 4, DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor")
                .withReadTimeout(READ_TIMEOUT), Clock.systemUTC(), INTERVAL.toSeconds() + "s");
        Duration budget = watched.pollBudget();
        assertThat(budget).as("the poll deadline, 0.8 × the interval").isEqualTo(Duration.ofMillis(1600));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(watched::tryPoll, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        await(Duration.ofSeconds(20), states -> states.size() == ROSTER.size() && !states.containsValue("ERROR"));
        PrometheusText before = watched.metrics();

        long callsBefore = stateCalls();
        simulator.faults().set(new Fault(FaultKind.SLOW, 0, HANG, -1, "/states"));
        long faultStart = System.nanoTime();
        Duration toError = await(INTERVAL.plus(budget).plus(SLACK), states -> ROSTER.stream().allMatch(a -> "ERROR".equals(states.get(a))));
        Thread.sleep(Math.max(0, FAULT_FOR.toMillis() - (System.nanoTime() - faultStart) / 1_000_000));
        assertThat(watched.states()).as("still ERROR while the fault lasts").allSatisfy((agent, state) -> assertThat(state).isEqualTo("ERROR"));
        PrometheusText during = watched.metrics();
        for (String agent : ROSTER) {
            assertThat(during.valueOrZero(errors(agent, "network")) - before.valueOrZero(errors(agent, "network")))
                    .as("agent %s: network errors, a hung CXone", agent).isPositive();
            assertThat(during.valueOrZero(errors(agent, "not_polled")) - before.valueOrZero(errors(agent, "not_polled")))
                    .as("agent %s: not a capacity problem", agent).isZero();
        }

        long callsDuringFault = stateCalls() - callsBefore;
        simulator.faults().clear();
        // A poll given up at its deadline sends nothing more: no retry of a call it cut short.
        long pollsDuringFault = FAULT_FOR.toMillis() / INTERVAL.toMillis() + 1;
        long callsPerPoll = strategy == PollStrategy.BULK ? 1 : ROSTER.size();
        assertThat(callsDuringFault).as("state calls while CXone hung").isLessThanOrEqualTo(pollsDuringFault * callsPerPoll);
        Duration toRecovery = await(INTERVAL.plus(SLACK), states -> ROSTER.stream().noneMatch(a -> "ERROR".equals(states.get(a))));
        System.out.printf("%s: %d state calls during the fault; ERROR %d ms after the fault started, recovered %d ms after it cleared (interval %d ms, deadline %d ms)%n",
                strategy, callsDuringFault, toError.toMillis(), toRecovery.toMillis(), INTERVAL.toMillis(), budget.toMillis());
    }

    private long stateCalls() {
        Map<String, Long> counts = simulator.requests().snapshot();
        return counts.getOrDefault(SimulatorOperations.AGENT_STATE, 0L) + counts.getOrDefault(SimulatorOperations.AGENT_STATES_BULK, 0L);
    }

    /** Waits until the agents' states satisfy the condition; how long that took. */
    private Duration await(Duration within, Predicate<Map<String, String>> condition) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < within.toNanos()) {
            if (condition.test(watched.states())) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not within " + within + ": " + watched.states());
    }
}
