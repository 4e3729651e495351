package dev.cxmon.monitor;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import java.time.Instant;
import java.util.Optional;

/** What one poll saw for one agent. An ERROR carries its reason (the metric label) and a message for people. */
public record AgentObservation(
        AgentStatus status,
        Availability availability,
        Optional<String> reason,
        Optional<String> cxoneState,
        Optional<FailureKind> error,
        Optional<String> errorMessage,
        Instant at) {

    public static AgentObservation error(FailureKind kind, String message, Instant at) {
        return new AgentObservation(AgentStatus.ERROR, Availability.UNKNOWN, Optional.empty(), Optional.empty(), Optional.of(kind),
                Optional.of(message), at);
    }
}
