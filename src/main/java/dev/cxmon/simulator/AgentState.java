package dev.cxmon.simulator;

import java.time.Instant;

/**
 * One agent's live state (immutable snapshot). {@code startDate} is when the current state began (a new state id or
 * another unavailable code; the same state set again keeps it), {@code lastUpdateTime} when the record last changed;
 * both drive the {@code updatedSince} delta. {@code outState} is the unavailable code of an Unavailable agent, if it
 * gave one; {@code sessionStartTime} is when the agent logged in (null while logged out).
 */
public record AgentState(long agentId, AgentStateId stateId, UnavailableCode outState, Long contactId,
        Instant startDate, Instant lastUpdateTime, Instant sessionStartTime) {

    public boolean isLoggedOut() {
        return stateId == AgentStateId.LOGGED_OUT;
    }

    /** The unavailable code's name (CXone's outStateDescription), or null. */
    public String outStateDescription() {
        return outState == null ? null : outState.name();
    }

    /** After-call work: Unavailable with the tenant's after-call-work code. */
    public boolean isAcw() {
        return stateId == AgentStateId.UNAVAILABLE && outState != null && outState.acw();
    }
}
