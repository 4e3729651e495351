package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.RestClients;
import dev.cxmon.metrics.AgentMetrics;
import dev.cxmon.metrics.BulkMetrics;
import dev.cxmon.simulator.ScriptedDay;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.SimulatorPerTest;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bulk delta strategy must give exactly the per-agent strategy's answer: both poll the same simulator
 * through two loops of the scripted day, each into its own registry, and every agent metric sample must match.
 */
@QuarkusTest
class StrategyEquivalenceTest extends SimulatorPerTest {

    private static final List<String> ROSTER = List.of("1001", "1002", "1003", "1004", "1005", "1006", "1007", "9999",
            "notagent@demo.example", "break@demo.example");

    @Inject
    RestClients clients;

    record Poller(RosterPoller poller, PrometheusMeterRegistry registry) {

        private static final String STARTED = "cxone_agent_state_started_timestamp_seconds{";

        /**
         * Every agent sample; of the state start, which agents have one, and its value only while logged in: a logged-out
         * agent's state start is CXone's startDate in the bulk answer, but the per-agent endpoint has no record without a
         * session, so there it is each poller's own first observation.
         */
        List<String> agentSamples() {
            List<String> samples = new ArrayList<>();
            String scrape = registry.scrape();
            scrape.lines()
                    .filter(l -> l.startsWith("cxone_agent_") || l.startsWith("cxone_roster_agents"))
                    .map(l -> !l.startsWith(STARTED) || scrape.contains("cxone_agent_state{" + agentOf(l) + ",state=\"LOGGED_IN\",} 1.0")
                            ? l : l.substring(0, l.lastIndexOf(' ')))
                    .forEach(samples::add);
            samples.sort(String::compareTo);
            return samples;
        }

        private static String agentOf(String sample) {
            return sample.substring(sample.indexOf('{') + 1, sample.indexOf(','));
        }

        double hidden() {
            return registry.get(BulkMetrics.HIDDEN).gauge().value();
        }
    }

    private Poller poller(PollStrategy strategy) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RosterState state = new RosterState();
        new BulkMetrics(registry, state);
        RosterPoller poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, true), Clock.systemUTC());
        poller.configure(new MonitorSettings(ROSTER.stream().map(RosterEntry::of).toList(),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 4, Duration.ofMinutes(10), false,
                strategy, Duration.ofMinutes(10)), DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"));
        return new Poller(poller, registry);
    }

    @Test
    void bulkAndPerAgentAgreeOnEveryMetricSampleThroughTheScriptedDay() {
        Poller perAgent = poller(PollStrategy.PER_AGENT);
        Poller bulk = poller(PollStrategy.BULK);
        ScriptedDay day = new ScriptedDay(simulator);
        for (int step = 0; step <= 24; step++) {
            perAgent.poller().pollOnce();
            bulk.poller().pollOnce();
            assertThat(bulk.agentSamples()).as("samples after step " + step).isEqualTo(perAgent.agentSamples());
            day.step();
        }
        assertThat(bulk.agentSamples()).anyMatch(l -> l.startsWith("cxone_agent_state_transitions_total"));
        assertThat(bulk.hidden()).as("1007 has no skill, so agents/states leaves it out").isEqualTo(1.0);
    }

    @Test
    void bulkSteadyStateCostsOneBulkCallPlusTheAgentsItCannotSee() {
        Poller bulk = poller(PollStrategy.BULK);
        bulk.poller().pollOnce();
        simulator.requests().reset();
        bulk.poller().pollOnce();
        // agents/states once; 1007 (hidden) and 9999 (unknown) one by one; notagent@ needs no call.
        assertThat(simulator.requests().snapshot()).containsEntry("agents.states", 1L).containsEntry("agents.state", 2L);
        assertThat(simulator.requests().total()).isEqualTo(3);
    }

    @Test
    void autoFallsBackToPerAgentWhenTheBulkViewIsForbidden() {
        simulator.faults().set(new dev.cxmon.simulator.Fault(dev.cxmon.simulator.FaultKind.SERVER_ERROR, 403, null, -1, "/agents/states"));
        Poller auto = poller(PollStrategy.AUTO);
        Poller perAgent = poller(PollStrategy.PER_AGENT);
        auto.poller().pollOnce();
        perAgent.poller().pollOnce();
        assertThat(auto.agentSamples()).isEqualTo(perAgent.agentSamples());
        assertThat(auto.agentSamples()).anyMatch(l -> l.matches("cxone_agent_state\\{agent_id=\"1001\",state=\"LOGGED_IN\",?} 1\\.0"));
    }
}
