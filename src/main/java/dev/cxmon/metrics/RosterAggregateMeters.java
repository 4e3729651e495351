package dev.cxmon.metrics;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.monitor.AgentChange;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Predicate;

/**
 * Roster-level aggregates instead of series per agent (cxone.metrics.per-agent=false): a fixed number of series
 * however large the roster. The gauges count the agents of the roster state by their last observed state when scraped;
 * an agent not observed yet is in no state, so the states sum to at most cxone_roster_agents. Names are not exported.
 */
final class RosterAggregateMeters implements MeterSink {

    static final String BY_STATE = "cxone.roster.agents.by.state";
    static final String BY_AVAILABILITY = "cxone.roster.agents.by.availability";
    static final String TRANSITIONS = "cxone.roster.state.transitions";
    static final String POLL_ERRORS = "cxone.roster.poll.errors";
    static final String AVAILABILITY_TRANSITIONS = "cxone.roster.availability.transitions";

    private final MeterRegistry registry;

    RosterAggregateMeters(MeterRegistry registry, RosterState state) {
        this.registry = registry;
        for (AgentStatus value : AgentStatus.values()) {
            Gauge.builder(BY_STATE, state, s -> count(s, o -> o.status() == value))
                    .tags("state", value.name()).strongReference(true).description("Roster agents in each state").register(registry);
        }
        for (Availability value : Availability.values()) {
            Gauge.builder(BY_AVAILABILITY, state, s -> count(s, o -> o.availability() == value))
                    .tags("availability", value.name()).strongReference(true).description("Roster agents with each availability").register(registry);
        }
        // Every counter exists from the start at 0, so increase() sees the first transition or error too.
        for (AgentStatus from : AgentStatus.values()) {
            for (AgentStatus to : AgentStatus.values()) {
                if (from != to) {
                    transitions(from, to);
                }
            }
        }
        for (Availability from : Availability.values()) {
            for (Availability to : Availability.values()) {
                if (from != to) {
                    availabilityTransitions(from, to);
                }
            }
        }
        for (FailureKind reason : FailureKind.values()) {
            pollErrors(reason);
        }
    }

    private static long count(RosterState state, Predicate<AgentObservation> matching) {
        return state.roster().stream().filter(a -> state.current(a.key()).filter(matching).isPresent()).count();
    }

    @Override
    public void render() {
        // the gauges read the state when scraped, and no series is an agent's
    }

    @Override
    public void count(AgentChange change) {
        change.transition().ifPresent(t -> transitions(t.from(), t.to()).increment());
        change.availabilityTransition().ifPresent(t -> availabilityTransitions(t.from(), t.to()).increment());
        change.observation().error().ifPresent(reason -> pollErrors(reason).increment());
    }

    private Counter transitions(AgentStatus from, AgentStatus to) {
        return Counter.builder(TRANSITIONS).tags("from", from.name(), "to", to.name())
                .description("Observed changes of a roster agent's state").register(registry);
    }

    private Counter availabilityTransitions(Availability from, Availability to) {
        return Counter.builder(AVAILABILITY_TRANSITIONS).tags("from", from.name(), "to", to.name())
                .description("Observed changes of a roster agent's availability").register(registry);
    }

    private Counter pollErrors(FailureKind reason) {
        return Counter.builder(POLL_ERRORS).tags("reason", reason.label())
                .description("Agent polls that gave ERROR, by reason").register(registry);
    }
}
