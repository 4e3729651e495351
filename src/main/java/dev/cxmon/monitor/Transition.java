package dev.cxmon.monitor;

import dev.cxmon.state.AgentStatus;

/** A real change of an agent's status between two polls. */
public record Transition(AgentStatus from, AgentStatus to) {
}
