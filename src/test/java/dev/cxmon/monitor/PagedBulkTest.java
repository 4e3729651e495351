package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.auth.CxoneSession;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.metrics.AgentMetrics;
import dev.cxmon.simulator.Fault;
import dev.cxmon.simulator.FaultKind;
import dev.cxmon.simulator.SimulatorOperations;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PagingTenant;
import dev.cxmon.testing.SimulatorPerTest;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GET agents/states is paginated: with the simulator answering 3 records a page for a roster of 10, every strategy sees
 * every agent, and a page that fails is a failed read of the whole snapshot, never agents that vanished.
 */
@QuarkusTest
class PagedBulkTest extends SimulatorPerTest {

    private static final int AGENTS = 10;
    private static final int PAGE_SIZE = 3;

    @Inject
    RestClients clients;

    @TempDir
    Path dir;

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withTenantFile(PagingTenant.write(dir, AGENTS))
                .withPageSize(PAGE_SIZE);
    }

    private RosterPoller poller(PollStrategy strategy, RosterState state, Duration fullResyncEvery) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RosterPoller poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, true), Clock.systemUTC());
        poller.configure(new MonitorSettings(PagingTenant.agentIds(AGENTS).stream().map(RosterEntry::of).toList(),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 4, Duration.ofMinutes(10), false,
                strategy, fullResyncEvery), DemoSettings.forKey(simulator.baseUrl(), PagingTenant.ACCESS_KEY));
        return poller;
    }

    @ParameterizedTest
    @EnumSource(PollStrategy.class)
    void everyStrategySeesEveryAgent(PollStrategy strategy) {
        RosterState state = new RosterState();
        RosterPoller poller = poller(strategy, state, Duration.ofMinutes(10));
        simulator.requests().reset();

        poller.pollOnce();

        List<String> ids = PagingTenant.agentIds(AGENTS);
        for (int i = 0; i < AGENTS; i++) {
            AgentObservation seen = state.current(ids.get(i)).orElseThrow();
            assertThat(seen.error()).as(strategy + " agent " + ids.get(i) + ": " + seen.errorMessage()).isEmpty();
            assertThat(seen.status()).as(strategy + " agent " + ids.get(i))
                    .isEqualTo(PagingTenant.stateOf(i) == 0 ? AgentStatus.LOGGED_OUT : AgentStatus.LOGGED_IN);
        }
        if (strategy != PollStrategy.PER_AGENT) {
            assertThat(simulator.requests().count(SimulatorOperations.AGENT_STATES_BULK)).as("10 agents in pages of 3").isEqualTo(4);
            assertThat(simulator.requests().count(SimulatorOperations.AGENT_STATE)).as("no agent read one by one").isZero();
            assertThat(state.bulkHidden()).isZero();
        }
    }

    @Test
    void theAgentsSearchReadsEveryPage() {
        CxoneApi api = new CxoneSession(DemoSettings.forKey(simulator.baseUrl(), PagingTenant.ACCESS_KEY), clients, ExchangeListener.NONE,
                Clock.systemUTC()).api();
        simulator.requests().reset();

        assertThat(api.searchAgents("paging.example")).extracting(a -> String.valueOf(a.agentId()))
                .containsExactlyElementsOf(PagingTenant.agentIds(AGENTS));
        assertThat(simulator.requests().count(SimulatorOperations.AGENTS_SEARCH)).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(value = PollStrategy.class, names = {"BULK", "AUTO"})
    void aFailedMiddlePageFailsTheSnapshotAndMarksNoAgentLoggedOut(PollStrategy strategy) {
        RosterState state = new RosterState();
        // every poll reads the full snapshot, so every poll walks all four pages
        RosterPoller poller = poller(strategy, state, Duration.ofMillis(1));
        poller.pollOnce();
        List<String> ids = PagingTenant.agentIds(AGENTS);
        assertThat(ids).allSatisfy(id -> assertThat(state.current(id).orElseThrow().error()).isEmpty());

        simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 500, null, -1, "skip=3"));
        simulator.requests().reset();
        poller.pollOnce();

        for (String id : ids) {
            AgentObservation seen = state.current(id).orElseThrow();
            assertThat(seen.status()).as("agent " + id + " after page 2 failed").isEqualTo(AgentStatus.ERROR);
            assertThat(seen.errorMessage()).as("agent " + id).hasValueSatisfying(m -> assertThat(m).contains("bulk agent states"));
        }
        assertThat(simulator.requests().count(SimulatorOperations.AGENT_STATE)).as("the agents of the missing pages are not "
                + "taken for agents the bulk view hides").isZero();
        assertThat(state.bulkHidden()).isZero();
    }
}
