package dev.cxmon.state;

import java.util.Optional;

/** What one agent-state record means: status, availability, the CXone state, and a human reason. */
public record Classification(AgentStatus status, Availability availability, AgentStateKind kind, Optional<String> reason) {

    public static Classification loggedOut(String reason) {
        return new Classification(AgentStatus.LOGGED_OUT, Availability.LOGGED_OUT, AgentStateKind.LOGGED_OUT, Optional.ofNullable(reason));
    }
}
