package dev.cxmon.monitor;

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

    /** Records an observation; returns the transition it makes, if any. */
    public synchronized Optional<Transition> observe(AgentObservation observation) {
        AgentObservation previous = current;
        current = observation;
        if (observation.error().isPresent()) {
            lastError = observation;
        }
        if (previous == null || previous.status() != observation.status()) {
            since = observation.at();
        }
        if (previous == null || previous.status() == observation.status()) {
            return Optional.empty();
        }
        return Optional.of(new Transition(previous.status(), observation.status()));
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
        return new TrackedAgent(agent, current(), since(), lastError());
    }
}
