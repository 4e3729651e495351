package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgentMetricsTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();

    private void observeThreeAgents(AgentMetrics metrics) {
        metrics.retainOnly(Set.of("1001", "1002", "1003"));
        metrics.info("1001", "a@example.com", "Ann", "Blue");
        metrics.observed("1001", AgentStatus.LOGGED_IN, Availability.AVAILABLE);
        metrics.observed("1002", AgentStatus.LOGGED_IN, Availability.UNAVAILABLE);
        metrics.observed("1003", AgentStatus.ERROR, Availability.UNKNOWN);
        metrics.pollError("1003", FailureKind.AGENT_ID);
        metrics.transition("1002", AgentStatus.LOGGED_OUT, AgentStatus.LOGGED_IN);
    }

    private double gauge(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).gauge().value();
    }

    private boolean anySeriesHasAgentId() {
        return registry.getMeters().stream().map(Meter::getId).anyMatch(id -> id.getTag("agent_id") != null);
    }

    @Nested
    class PerAgent {

        private final AgentMetrics metrics = new AgentMetrics(registry, true);

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
            metrics.retainOnly(Set.of("1001", "1002"));
            assertThat(registry.getMeters().stream().map(Meter::getId).filter(id -> "1003".equals(id.getTag("agent_id")))).isEmpty();
            assertThat(registry.find(AgentMetrics.STATE).tag("agent_id", "1001").meters()).hasSize(3);
        }
    }

    @Nested
    class RosterAggregates {

        private final AgentMetrics metrics = new AgentMetrics(registry, false);

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

            metrics.observed("1003", AgentStatus.LOGGED_OUT, Availability.LOGGED_OUT);
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "ERROR")).isZero();
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "LOGGED_OUT")).isEqualTo(1);
        }

        @Test
        void anAgentLeavingTheRosterLeavesTheCounts() {
            observeThreeAgents(metrics);
            metrics.retainOnly(Set.of("1001"));
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "LOGGED_IN")).isEqualTo(1);
            assertThat(gauge(RosterAggregateMeters.BY_STATE, "state", "ERROR")).isZero();
            assertThat(registry.get(AgentMetrics.ROSTER).gauge().value()).isEqualTo(1);
        }

        @Test
        void transitionsAndErrorsAddUpOverAgents() {
            observeThreeAgents(metrics);
            metrics.transition("1001", AgentStatus.LOGGED_OUT, AgentStatus.LOGGED_IN);
            metrics.pollError("1001", FailureKind.AGENT_ID);
            metrics.pollError("1002", FailureKind.RATE_LIMITED);
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
        AgentMetrics metrics = new AgentMetrics(registry, true);
        metrics.shard(0, 1);
        metrics.shard(2, 3);
        assertThat(registry.find(AgentMetrics.SHARD_INFO).gauges()).singleElement()
                .satisfies(g -> assertThat(g.getId().getTag("shard_index")).isEqualTo("2"))
                .satisfies(g -> assertThat(g.getId().getTag("shard_count")).isEqualTo("3"));
    }
}
