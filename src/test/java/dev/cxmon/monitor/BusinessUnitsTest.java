package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.diagnose.DiagnosisCode;
import dev.cxmon.diagnose.DiagnosisReport;
import dev.cxmon.diagnose.DiagnosisRequest;
import dev.cxmon.diagnose.DiagnosisRules;
import dev.cxmon.diagnose.EvidenceCollector;
import dev.cxmon.diagnose.Finding;
import dev.cxmon.metrics.AgentMetrics;
import dev.cxmon.simulator.SimulatorOperations;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PagingTenant;
import dev.cxmon.testing.SimulatorPerTest;
import dev.cxmon.testing.TwoBusinessUnitTenant;
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

/**
 * A tenant with agents in two business units, over real HTTP: the bulk view the monitor asks for is the token's business
 * unit (reqBUIds = its icBUId), so a roster agent of the other unit is hidden from it and read on its own; with
 * cxone.business-units naming both, the one bulk view has everyone. Pages of 3, so reqBUIds must survive _links.next.
 * diagnose names the business units when it finds such an agent hidden from the bulk view.
 */
@QuarkusTest
class BusinessUnitsTest extends SimulatorPerTest {

    private static final int AGENTS = 8;
    private static final String OTHER_BU_AGENT = "2005";
    private static final String TOKEN_BU = String.valueOf(TwoBusinessUnitTenant.TOKEN_BU);
    private static final String OTHER_BU = String.valueOf(TwoBusinessUnitTenant.OTHER_BU);

    @Inject
    RestClients clients;

    @TempDir
    Path dir;

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults()
                .withTenantFile(TwoBusinessUnitTenant.write(dir, AGENTS, List.of(OTHER_BU_AGENT))).withPageSize(3);
    }

    private RosterState poll(ConnectionSettings settings) {
        RosterState state = new RosterState();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RosterPoller poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, true), Clock.systemUTC());
        poller.configure(new MonitorSettings(PagingTenant.agentIds(AGENTS).stream().map(RosterEntry::of).toList(),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 4, Duration.ofMinutes(10), false,
                PollStrategy.BULK, Duration.ofMinutes(10)), settings);
        simulator.requests().reset();
        poller.pollOnce();
        return state;
    }

    private void assertEveryAgentRead(RosterState state) {
        List<String> ids = PagingTenant.agentIds(AGENTS);
        for (int i = 0; i < AGENTS; i++) {
            AgentObservation seen = state.current(ids.get(i)).orElseThrow();
            assertThat(seen.error()).as("agent " + ids.get(i) + ": " + seen.errorMessage()).isEmpty();
            assertThat(seen.status()).as("agent " + ids.get(i))
                    .isEqualTo(PagingTenant.stateOf(i) == 0 ? AgentStatus.LOGGED_OUT : AgentStatus.LOGGED_IN);
        }
    }

    @Test
    void byDefaultTheBulkViewIsTheTokensBusinessUnitAndTheOtherUnitsAgentIsReadOnItsOwn() {
        RosterState state = poll(DemoSettings.forKey(simulator.baseUrl(), PagingTenant.ACCESS_KEY));

        assertEveryAgentRead(state);
        assertThat(simulator.requests().lastQuery(SimulatorOperations.AGENT_STATES_BULK)).as("the last page's query")
                .containsEntry("reqBUIds", TOKEN_BU);
        assertThat(simulator.requests().count(SimulatorOperations.AGENT_STATES_BULK)).as("7 agents of the token's unit, pages of 3")
                .isEqualTo(3);
        assertThat(simulator.requests().count(SimulatorOperations.AGENT_STATE)).as("only the other unit's agent, one by one")
                .isEqualTo(1);
        assertThat(state.bulkHidden()).isEqualTo(1);
    }

    @Test
    void withBothBusinessUnitsConfiguredOneBulkViewHasEveryone() {
        RosterState state = poll(DemoSettings.forKey(simulator.baseUrl(), PagingTenant.ACCESS_KEY)
                .withBusinessUnits(List.of(TOKEN_BU, OTHER_BU)));

        assertEveryAgentRead(state);
        assertThat(simulator.requests().lastQuery(SimulatorOperations.AGENT_STATES_BULK))
                .containsEntry("reqBUIds", TOKEN_BU + "," + OTHER_BU);
        assertThat(simulator.requests().count(SimulatorOperations.AGENT_STATES_BULK)).as("8 agents, pages of 3").isEqualTo(3);
        assertThat(simulator.requests().count(SimulatorOperations.AGENT_STATE)).isZero();
        assertThat(state.bulkHidden()).isZero();
    }

    @Test
    void diagnoseExplainsAnAgentTheBulkViewHidesByItsBusinessUnit() {
        DiagnosisReport report = DiagnosisRules.evaluate(new EvidenceCollector(clients, Clock.systemUTC())
                .collect(DiagnosisRequest.of(OTHER_BU_AGENT, DemoSettings.forKey(simulator.baseUrl(), PagingTenant.ACCESS_KEY))));

        Finding hidden = report.findings().stream().filter(f -> f.code() == DiagnosisCode.BULK_NOT_VISIBLE).findFirst()
                .orElseThrow(() -> new AssertionError("no BULK_NOT_VISIBLE in " + report.findings()));
        assertThat(hidden.evidence()).anySatisfy(line -> assertThat(line).contains("business unit " + OTHER_BU)
                .contains(TOKEN_BU).contains("icBUId").contains("cxone.business-units"));
    }
}
