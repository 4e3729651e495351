package dev.cxmon.metrics;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Roster-level aggregates instead of series per agent (cxone.metrics.per-agent=false): a fixed number of series
 * however large the roster. The gauges count the agents by their last observed state when scraped; an agent not
 * observed yet is in no state, so the states sum to at most cxone_roster_agents. Names are not exported at all.
 */
final class RosterAggregateMeters implements MeterSink {

    static final String BY_STATE = "cxone.roster.agents.by.state";
    static final String BY_AVAILABILITY = "cxone.roster.agents.by.availability";
    static final String TRANSITIONS = "cxone.roster.state.transitions";
    static final String POLL_ERRORS = "cxone.roster.poll.errors";

    private record Observed(AgentStatus status, Availability availability) {}

    private final MeterRegistry registry;
    private final Map<String, Observed> agents = new ConcurrentHashMap<>();

    RosterAggregateMeters(MeterRegistry registry) {
        this.registry = registry;
        for (AgentStatus state : AgentStatus.values()) {
            Gauge.builder(BY_STATE, agents, a -> a.values().stream().filter(o -> o.status() == state).count())
                    .tags("state", state.name()).description("Roster agents in each state").register(registry);
        }
        for (Availability value : Availability.values()) {
            Gauge.builder(BY_AVAILABILITY, agents, a -> a.values().stream().filter(o -> o.availability() == value).count())
                    .tags("availability", value.name()).description("Roster agents with each availability").register(registry);
        }
        // Every counter exists from the start at 0, so increase() sees the first transition or error too.
        for (AgentStatus from : AgentStatus.values()) {
            for (AgentStatus to : AgentStatus.values()) {
                if (from != to) {
                    transitions(from, to);
                }
            }
        }
        for (FailureKind reason : FailureKind.values()) {
            pollErrors(reason);
        }
    }

    @Override
    public void retainOnly(Set<String> keys) {
        agents.keySet().retainAll(keys);
    }

    @Override
    public void info(String key, String userName, String agentName, String team) {
        // names are per-agent by nature: exporting them would bring back one series per agent
    }

    @Override
    public void observed(String key, AgentStatus status, Availability availability) {
        agents.put(key, new Observed(status, availability));
    }

    @Override
    public void transition(String key, AgentStatus from, AgentStatus to) {
        transitions(from, to).increment();
    }

    @Override
    public void pollError(String key, FailureKind reason) {
        pollErrors(reason).increment();
    }

    private Counter transitions(AgentStatus from, AgentStatus to) {
        return Counter.builder(TRANSITIONS).tags("from", from.name(), "to", to.name())
                .description("Observed changes of a roster agent's state").register(registry);
    }

    private Counter pollErrors(FailureKind reason) {
        return Counter.builder(POLL_ERRORS).tags("reason", reason.label())
                .description("Agent polls that gave ERROR, by reason").register(registry);
    }
}
