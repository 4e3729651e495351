package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgentMetricsTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final RosterState state = new RosterState();
    private final ResolvedAgent ann = new ResolvedAgent(new RosterEntry(AgentRef.parse("a@example.com"), Optional.of("Ann"),
            Optional.of("Blue")), Optional.of(1001L), Optional.empty(), Optional.empty(), Optional.empty());
    private final ResolvedAgent second = agent("1002");
    private final ResolvedAgent third = agent("1003");

    private static ResolvedAgent agent(String id) {
        return new ResolvedAgent(RosterEntry.of(id), Optional.of(Long.parseLong(id)), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static AgentObservation seen(AgentStatus status, Availability availability) {
        return new AgentObservation(status, availability, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.EPOCH);
    }

    private static AgentObservation failed(FailureKind kind) {
        return AgentObservation.error(kind, "failed", Instant.EPOCH);
    }

    private void roster(AgentMetrics metrics, ResolvedAgent... agents) {
        state.roster(List.of(agents), true);
        metrics.rosterChanged();
    }

    @SafeVarargs
    private void poll(AgentMetrics metrics, Map.Entry<ResolvedAgent, AgentObservation>... observations) {
        metrics.polled(state.record(List.of(observations)));
    }

    /** 1001 available, 1002 in from LOGGED_OUT (one transition), 1003 ERROR for agent_id. */
    private void observeThreeAgents(AgentMetrics metrics) {
        roster(metrics, ann, second, third);
        poll(metrics, Map.entry(second, seen(AgentStatus.LOGGED_OUT, Availability.LOGGED_OUT)));
        poll(metrics, Map.entry(ann, seen(AgentStatus.LOGGED_IN, Availability.AVAILABLE)),
                Map.entry(second, seen(AgentStatus.LOGGED_IN, Availability.UNAVAILABLE)),
                Map.entry(third, failed(FailureKind.AGENT_ID)));
    }

    private double gauge(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).gauge().value();
    }

    private boolean anySeriesHasAgentId() {
        return registry.getMeters().stream().map(Meter::getId).anyMatch(id -> id.getTag("agent_id") != null);
    }

    @Nested
    class PerAgent {

        private final AgentMetrics metrics = new AgentMetrics(registry, state, true);

        @Test
        void exportsStateSetsNamesAndCountersPerAgent() {
            observeThreeAgents(metrics);
            assertThat(registry.get(AgentMetrics.STATE).tags("agent_id", "1001", "state", "LOGGED_IN").gauge().value()).isEqualTo(1);
            assertThat(registry.get(AgentMetrics.STATE).tags("agent_id", "1001", "state", "ERROR").gauge().value()).isZero();
            assertThat(registry.get(AgentMetrics.AVAILABILITY).tags("agent_id", "1002", "availability", "UNAVAILABLE").gauge().value())
                    .isEqualTo(1);
            assertThat(registry.get(AgentMetrics.INFO).tags("agent_id", "1001", "team", "Blue").gauge().value()).isEqualTo(1);
            assertThat(registry.get(AgentMetrics.POLL_ERRORS).tags("agent_id", "1003", "reason", "agent_id").counter().count()).isEqualTo(1);
            assertThat(registry.get(AgentMetrics.TRANSITIONS).tags("agent_id", "1002", "from", "LOGGED_OUT", "to", "LOGGED_IN").counter()
                    .count()).isEqualTo(1);
            assertThat(registry.get(AgentMetrics.ROSTER).gauge().value()).isEqualTo(3);
            assertThat(registry.find(RosterAggregateMeters.BY_STATE).meters()).isEmpty();
        }

        @Test
        void aRemovedAgentLeavesNoSeries() {
            observeThreeAgents(metrics);
            roster(metrics, ann, second);
            assertThat(registry.getMeters().stream().map(Meter::getId).filter(id -> "1003".equals(id.getTag("agent_id")))).isEmpty();
            assertThat(registry.find(AgentMetrics.STATE).tag("agent_id", "1001").meters()).hasSize(3);
        }
    }

    @Nested
    class RosterAggregates {

        private final AgentMetrics metrics = new AgentMetrics(registry, state, false);

        @Test
        void noSeriesCarriesAnAgentId() {
            observeThreeAgents(metrics);
            assertThat(anySeriesHasAgentId()).isFalse();
            assertThat(registry.find(AgentMetrics.STATE).meters()).isEmpty();
            assertThat(registry.find(AgentMetrics.AVAILABILITY).meters()).isEmpty();
            assertThat(registry.find(AgentMetrics.INFO).meters()).isEmpty();
            assertThat(registry.find(AgentMetrics.TRANSITIONS).meters()).isEmpty();
            assertThat(registry.find(AgentMetrics.POLL_ERRORS).meters()).isEmpty();
        }

        @Test
        void gaugesCountTheAgentsByTheirLastObservation() {
            observeThreeAgents(metrics);
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "LOGGED_IN")).isEqualTo(2);
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "ERROR")).isEqualTo(1);
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "LOGGED_OUT")).isZero();
            assertThat(gauge(RosterAggregateMeters.BY_AVAILABILITY, "availability", "AVAILABLE")).isEqualTo(1);
            assertThat(gauge(RosterAggregateMeters.BY_AVAILABILITY, "availability", "UNAVAILABLE")).isEqualTo(1);
            assertThat(gauge(RosterAggregateMeters.BY_AVAILABILITY, "availability", "UNKNOWN")).isEqualTo(1);
            assertThat(gauge(RosterAggregateMeters.BY_AVAILABILITY, "availability", "WORKING")).isZero();

            poll(metrics, Map.entry(third, seen(AgentStatus.LOGGED_OUT, Availability.LOGGED_OUT)));
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "ERROR")).isZero();
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "LOGGED_OUT")).isEqualTo(1);
        }

        @Test
        void anAgentLeavingTheRosterLeavesTheCounts() {
            observeThreeAgents(metrics);
            roster(metrics, ann);
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "LOGGED_IN")).isEqualTo(1);
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "ERROR")).isZero();
            assertThat(registry.get(AgentMetrics.ROSTER).gauge().value()).isEqualTo(1);
        }

        @Test
        void transitionsAndErrorsAddUpOverAgents() {
            observeThreeAgents(metrics);
            poll(metrics, Map.entry(ann, seen(AgentStatus.LOGGED_OUT, Availability.LOGGED_OUT)));
            poll(metrics, Map.entry(ann, seen(AgentStatus.LOGGED_IN, Availability.AVAILABLE)));
            poll(metrics, Map.entry(ann, failed(FailureKind.AGENT_ID)), Map.entry(second, failed(FailureKind.RATE_LIMITED)));
            assertThat(registry.get(RosterAggregateMeters.TRANSITIONS).tags("from", "LOGGED_OUT", "to", "LOGGED_IN").counter().count())
                    .isEqualTo(2);
            assertThat(registry.get(RosterAggregateMeters.POLL_ERRORS).tag("reason", "agent_id").counter().count()).isEqualTo(2);
            assertThat(registry.get(RosterAggregateMeters.POLL_ERRORS).tag("reason", "rate_limited").counter().count()).isEqualTo(1);
        }

        @Test
        void everyCounterExistsAtZeroFromTheStart() {
            assertThat(registry.find(RosterAggregateMeters.TRANSITIONS).counters()).hasSize(6).allMatch(c -> c.count() == 0);
            assertThat(registry.find(RosterAggregateMeters.POLL_ERRORS).counters()).hasSize(FailureKind.values().length);
        }
    }

    @Test
    void shardInfoNamesTheShardOnce() {
        AgentMetrics metrics = new AgentMetrics(registry, state, true);
        metrics.shard(0, 1);
        metrics.shard(2, 3);
        assertThat(registry.find(AgentMetrics.SHARD_INFO).gauges()).singleElement()
                .satisfies(g -> assertThat(g.getId().getTag("shard_index")).isEqualTo("2"))
                .satisfies(g -> assertThat(g.getId().getTag("shard_count")).isEqualTo("3"));
    }
}
