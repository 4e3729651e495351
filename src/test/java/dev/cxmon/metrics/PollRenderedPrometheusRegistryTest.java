package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry behind /q/metrics writes exactly what Micrometer's own scrape writes, in both text formats. */
class PollRenderedPrometheusRegistryTest {

    @Test
    void servesTheSameExpositionAsAPlainRegistry() {
        servesTheSameExpositionAsAPlainRegistry(true);
        servesTheSameExpositionAsAPlainRegistry(false);
    }

    private void servesTheSameExpositionAsAPlainRegistry(boolean agentNames) {
        PrometheusMeterRegistry plain = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PollRenderedPrometheusRegistry rendered = new PollRenderedPrometheusRegistry(PrometheusConfig.DEFAULT);
        RosterState state = new RosterState();
        AgentMetrics plainMetrics = new AgentMetrics(plain, state, true, agentNames);
        AgentMetrics renderedMetrics = new AgentMetrics(rendered, state, true, agentNames);
        List<ResolvedAgent> agents = new ArrayList<>();
        for (long id = 1001; id <= 1050; id++) {
            agents.add(new ResolvedAgent(RosterEntry.of(Long.toString(id)), Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        // Names with what the text formats escape: a quote, a backslash, a line break.
        agents.add(new ResolvedAgent(new RosterEntry(AgentRef.parse("q\"uote@example.com"), Optional.of("Ann \"A\\B\" Lee"),
                Optional.of("Blue\nGreen")), Optional.of(1051L), Optional.empty(), Optional.empty(), Optional.empty()));
        state.roster(agents, true);
        plainMetrics.rosterChanged();
        renderedMetrics.rosterChanged();
        Map<ResolvedAgent, AgentObservation> observed = new LinkedHashMap<>();
        for (int i = 0; i < agents.size(); i++) {
            // Unavailable agents with reasons (one with what the text formats escape) and CXone's start of their state.
            observed.put(agents.get(i), i % 7 == 0 ? AgentObservation.error(FailureKind.AGENT_ID, "unknown", Instant.EPOCH)
                    : i % 3 == 1 ? new AgentObservation(AgentStatus.LOGGED_IN, Availability.UNAVAILABLE, Optional.of("Break"),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH,
                            Optional.of(AgentStateKind.UNAVAILABLE), Optional.of(Instant.ofEpochMilli(1_764_064_800_123L + 1000L * i)),
                            Optional.empty(), Optional.of(i == 4 ? "Co\"ff\\ee" : "Break " + i % 4))
                    : new AgentObservation(i % 2 == 0 ? AgentStatus.LOGGED_IN : AgentStatus.LOGGED_OUT,
                            i % 2 == 0 ? Availability.AVAILABLE : Availability.LOGGED_OUT, Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH));
        }
        var changes = state.record(observed.entrySet());
        plainMetrics.polled(changes);
        renderedMetrics.polled(changes);

        for (String type : List.of(TextFormat.CONTENT_TYPE_004, TextFormat.CONTENT_TYPE_OPENMETRICS_100)) {
            String expected = plain.scrape(type);
            String actual = rendered.scrape(type);
            assertThat(actual).as("the agent families are there").contains("cxone_agent_state{agent_id=\"1050\"")
                    .contains("cxone_agent_info{agent_id=\"1051\"")
                    .contains("cxone_agent_state_started_timestamp_seconds{agent_id=\"1002\"")
                    .contains("cxone_agent_unavailable_reason{agent_id=\"1005\"");
            assertThat(actual.lines().sorted().toList()).as(type).isEqualTo(expected.lines().sorted().toList());
            if (type.equals(TextFormat.CONTENT_TYPE_OPENMETRICS_100)) {
                assertThat(actual).endsWith("# EOF\n");
            }
        }
    }
}
