package dev.cxmon.monitor;

import java.time.Instant;
import java.util.Optional;

/** One roster agent and what its tracker holds, read at one moment: what the status API renders. */
public record TrackedAgent(ResolvedAgent agent, Optional<AgentObservation> current, Optional<Instant> since,
        Optional<AgentObservation> lastError) {

    /** Not observed yet. */
    static TrackedAgent pending(ResolvedAgent agent) {
        return new TrackedAgent(agent, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
