package dev.cxmon.monitor;

import static dev.cxmon.monitor.WatchedPoller.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.simulator.Fault;
import dev.cxmon.simulator.FaultKind;
import dev.cxmon.simulator.MutableClock;
import dev.cxmon.simulator.SimulatorOperations;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.testing.PrometheusText;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Roster resolution from what the poll already has, counted by the simulator: an agent the bulk view lists costs no
 * GET /agents/{id}, only one missing from it does, and several user names share one search where they can. (In the demo
 * tenant, 1007 has no skill, so GET /agents/states leaves it out; notagent@ has no agent role.)
 */
@QuarkusTest
class ResolutionFromBulkTest extends WatchedPollersPerTest {

    @Test
    void agentsInTheBulkViewAreResolvedFromItWithoutAPerAgentCall() {
        WatchedPoller watched = poller(List.of("1001", "1002", "1003", "1005"), PollStrategy.BULK);

        watched.poll();

        Map<String, Long> requests = simulator.requests().snapshot();
        assertThat(requests).as("requests " + requests).doesNotContainKeys(SimulatorOperations.AGENT, SimulatorOperations.AGENT_STATE)
                .containsEntry(SimulatorOperations.AGENT_STATES_BULK, 1L);
        Map<String, Long> apiCalls = new java.util.TreeMap<>(requests);
        apiCalls.keySet().removeIf(operation -> operation.startsWith("discovery."));
        assertThat(apiCalls).as("besides discovery: the token and one bulk read").containsOnlyKeys(SimulatorOperations.TOKEN,
                SimulatorOperations.AGENT_STATES_BULK).containsValues(1L);
        PrometheusText metrics = watched.metrics();
        assertThat(metrics.value(info("1001", "Ava Available", "Sales", "available@demo.example"))).hasValue(1.0);
        assertThat(metrics.value(info("1003", "Bea Break", "Support", "break@demo.example"))).hasValue(1.0);
        assertThat(watched.statesAndAvailability()).containsEntry("1001", "LOGGED_IN/AVAILABLE").containsEntry("1005", "LOGGED_OUT/LOGGED_OUT")
                .containsEntry("1003", "LOGGED_IN/UNAVAILABLE");
    }

    @Test
    void anIdMissingFromTheBulkViewIsStillResolvedPerAgent() {
        WatchedPoller watched = poller(List.of("1001", "1007", "9999"), PollStrategy.BULK);

        watched.poll();

        Map<String, Long> requests = simulator.requests().snapshot();
        assertThat(requests).as("1007 (hidden) and 9999 (unknown) looked up, 1001 not: " + requests)
                .containsEntry(SimulatorOperations.AGENT, 2L);
        PrometheusText metrics = watched.metrics();
        assertThat(metrics.value(info("1007", "Nico Noskills", "Sales", "noskills@demo.example"))).hasValue(1.0);
        assertThat(watched.states()).containsEntry("1001", "LOGGED_IN").containsEntry("1007", "LOGGED_IN").containsEntry("9999", "ERROR");
        assertThat(metrics.valueOrZero(errors("9999", "agent_id"))).isEqualTo(1.0);
    }

    @Test
    void severalUserNamesAreResolvedWithOneSearch() {
        // per-agent has no bulk view to resolve from: the names are searched, all three by one search.
        WatchedPoller watched = poller(List.of("available@demo.example", "break@demo.example", "loggedin@demo.example"),
                PollStrategy.PER_AGENT);

        watched.poll();

        assertThat(simulator.requests().count(SimulatorOperations.AGENTS_SEARCH)).as("requests " + simulator.requests().snapshot())
                .isEqualTo(1);
        assertThat(watched.statesAndAvailability()).containsEntry("1001", "LOGGED_IN/AVAILABLE").containsEntry("1003", "LOGGED_IN/UNAVAILABLE")
                .containsEntry("1002", "LOGGED_IN/UNAVAILABLE");
    }

    @Test
    void aSharedSearchReadsOnePageOnlyEvenWhenItsTextMatchesMuchOfTheTenant() {
        // "@demo.example" matches every demo agent: at one per page, reading all of it would take eight pages. The shared
        // search takes the first page; the names it did not hold are searched alone (one page each).
        restartSimulator(SimulatorOptions.defaults().withPageSize(1));
        WatchedPoller watched = poller(List.of("available@demo.example", "break@demo.example", "loggedin@demo.example"),
                PollStrategy.PER_AGENT);

        watched.poll();

        assertThat(simulator.requests().count(SimulatorOperations.AGENTS_SEARCH)).as("requests " + simulator.requests().snapshot())
                .isBetween(1L, 4L);
        assertThat(watched.statesAndAvailability()).containsEntry("1001", "LOGGED_IN/AVAILABLE").containsEntry("1003", "LOGGED_IN/UNAVAILABLE")
                .containsEntry("1002", "LOGGED_IN/UNAVAILABLE");
    }

    @Test
    void userNamesInTheBulkViewNeedNoSearchAndTheOthersShareOne() {
        WatchedPoller watched = poller(List.of("available@demo.example", "break@demo.example", "noskills@demo.example",
                "notagent@demo.example"), PollStrategy.BULK);

        watched.poll();

        Map<String, Long> requests = simulator.requests().snapshot();
        // available@ and break@ come from the bulk view; noskills@ and notagent@ share one search, which finds noskills@;
        // notagent@ is then searched alone before it is called unknown (a shared search never proves a name absent).
        assertThat(requests).as("requests " + requests).containsEntry(SimulatorOperations.AGENTS_SEARCH, 2L)
                .doesNotContainKey(SimulatorOperations.AGENT);
        assertThat(watched.states()).containsEntry("1001", "LOGGED_IN").containsEntry("1003", "LOGGED_IN").containsEntry("1007", "LOGGED_IN")
                .containsEntry("notagent@demo.example", "ERROR");
        assertThat(watched.metrics().valueOrZero(errors("notagent@demo.example", "agent_id"))).isEqualTo(1.0);
    }

    @Test
    void aFailedBulkReadPostponesTheRefreshInsteadOfLookingEveryAgentUp() {
        MutableClock clock = new MutableClock(Instant.now());
        WatchedPoller watched = poller(List.of("1001", "1002", "1003", "1005"), PollStrategy.BULK, clock);
        watched.poll();
        clock.advance(Duration.ofMinutes(11));
        simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 503, null, -1, "/agents/states"));
        simulator.requests().reset();

        watched.poll();

        assertThat(simulator.requests().snapshot()).as("the refresh waits for a bulk read that works")
                .doesNotContainKey(SimulatorOperations.AGENT);
        assertThat(watched.metrics().value(info("1001", "Ava Available", "Sales", "available@demo.example"))).hasValue(1.0);

        simulator.faults().clear();
        simulator.requests().reset();
        clock.advance(Duration.ofSeconds(30));
        watched.poll();

        assertThat(simulator.requests().snapshot()).doesNotContainKey(SimulatorOperations.AGENT);
        assertThat(watched.states()).containsEntry("1001", "LOGGED_IN").containsEntry("1005", "LOGGED_OUT");
    }

    static String info(String agent, String name, String team, String userName) {
        return "cxone_agent_info{agent_id=\"" + agent + "\",agent_name=\"" + name + "\",team=\"" + team + "\",user_name=\"" + userName + "\"}";
    }

    private WatchedPoller poller(List<String> roster, PollStrategy strategy) {
        return poller(roster, strategy, Clock.systemUTC());
    }

    private WatchedPoller poller(List<String> roster, PollStrategy strategy, Clock clock) {
        return poller(roster, strategy, 4, clock);
    }
}
