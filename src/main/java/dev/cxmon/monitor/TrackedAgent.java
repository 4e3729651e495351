package dev.cxmon.monitor;

import dev.cxmon.state.AgentStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * One roster agent and what its tracker holds, read at one moment: what the status API renders. {@code since} is when the
 * current status began (as this process saw it), {@code stateStart} when the current CXone state began.
 */
public record TrackedAgent(ResolvedAgent agent, Optional<AgentObservation> current, Optional<Instant> since,
        Optional<AgentObservation> lastError, Optional<StateStart> stateStart) {

    /** Not observed yet. */
    static TrackedAgent pending(ResolvedAgent agent) {
        return new TrackedAgent(agent, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** When the login began: CXone's sessionStartTime, else the first observation logged in; empty unless logged in. */
    public Optional<Instant> loggedInSince() {
        return current.filter(o -> o.status() == AgentStatus.LOGGED_IN).flatMap(o -> o.sessionStart().or(() -> since));
    }
}
