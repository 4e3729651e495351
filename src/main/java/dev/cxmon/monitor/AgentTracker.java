package dev.cxmon.monitor;

import dev.cxmon.state.AgentStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * The remembered state of one agent between polls. Pure: it only compares observations. The first
 * observation is not a transition, and an error that repeats (same status) is not one either.
 */
public final class AgentTracker {

    private AgentObservation current;
    private Instant since;
    private AgentObservation lastError;
    private StateStart stateStart;
    private boolean observedStartUsed;

    /**
     * What one observation made: its transitions of status and availability, if any, and whether it is the first time this
     * agent's state start had to come from the monitor's observation (CXone sent no startDate that parses), to say so once.
     */
    public record Observed(Optional<Transition> transition, Optional<AvailabilityTransition> availabilityTransition,
            boolean firstObservedStart) {}

    /** Records an observation; returns the transitions it makes, if any. */
    public synchronized Observed observe(AgentObservation observation) {
        AgentObservation previous = current;
        current = observation;
        if (observation.error().isPresent()) {
            lastError = observation;
        }
        if (previous == null || previous.status() != observation.status()) {
            since = observation.at();
        }
        boolean firstObservedStart = followStateStart(previous, observation);
        Optional<Transition> transition = previous == null || previous.status() == observation.status() ? Optional.empty()
                : Optional.of(new Transition(previous.status(), observation.status()));
        Optional<AvailabilityTransition> availabilityTransition = previous == null || previous.availability() == observation.availability()
                ? Optional.empty() : Optional.of(new AvailabilityTransition(previous.availability(), observation.availability()));
        return new Observed(transition, availabilityTransition, firstObservedStart);
    }

    /**
     * CXone's startDate when it sent one; else the first observation of the current state (the same status, availability,
     * CXone state kind and reason); none while ERROR. Returns true the first time the observation had to stand in.
     */
    private boolean followStateStart(AgentObservation previous, AgentObservation observation) {
        if (observation.status() == AgentStatus.ERROR) {
            stateStart = null;
            return false;
        }
        if (observation.stateStart().isPresent()) {
            stateStart = new StateStart(observation.stateStart().get(), true);
            return false;
        }
        if (stateStart == null || previous == null || !previous.sameStateAs(observation)) {
            stateStart = new StateStart(observation.at(), false);
        }
        boolean first = !stateStart.fromCxone() && !observedStartUsed;
        observedStartUsed |= first;
        return first;
    }

    /** When the current CXone state began; empty before the first observation and while ERROR. */
    public synchronized Optional<StateStart> stateStart() {
        return Optional.ofNullable(stateStart);
    }

    public synchronized Optional<AgentObservation> current() {
        return Optional.ofNullable(current);
    }

    /** When the current status began (as far as this process has seen). */
    public synchronized Optional<Instant> since() {
        return Optional.ofNullable(since);
    }

    public synchronized Optional<AgentObservation> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** Current observation, since and last error of one moment, so a reader never mixes two polls. */
    synchronized TrackedAgent snapshot(ResolvedAgent agent) {
        return new TrackedAgent(agent, current(), since(), lastError(), stateStart());
    }
}
