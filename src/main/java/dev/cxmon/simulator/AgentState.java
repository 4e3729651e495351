package dev.cxmon.simulator;

import java.time.Instant;

/**
 * One agent's live state (immutable snapshot). {@code startDate} is when the current state began,
 * {@code lastUpdateTime} when the record last changed; both drive the {@code updatedSince} delta.
 */
public record AgentState(long agentId, AgentStateId stateId, String outStateDescription, Long contactId,
        Instant startDate, Instant lastUpdateTime) {

    public boolean isLoggedOut() {
        return stateId == AgentStateId.LOGGED_OUT;
    }
}
