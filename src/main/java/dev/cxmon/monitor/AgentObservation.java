package dev.cxmon.monitor;

import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import java.time.Instant;
import java.util.Optional;

/**
 * What one poll saw for one agent. An ERROR carries its reason (the metric label), the precise cause when a call failed
 * (so the diagnosis code of /api/agents is the one {@code diagnose} gives), and a message for people.
 */
public record AgentObservation(
        AgentStatus status,
        Availability availability,
        Optional<String> reason,
        Optional<String> cxoneState,
        Optional<FailureKind> error,
        Optional<FailureCause> errorCause,
        Optional<String> errorMessage,
        Instant at) {

    /** An error the daemon decided itself (a deadline, an unresolved entry), with no call behind it to name a cause. */
    public static AgentObservation error(FailureKind kind, String message, Instant at) {
        return new AgentObservation(AgentStatus.ERROR, Availability.UNKNOWN, Optional.empty(), Optional.empty(), Optional.of(kind),
                Optional.empty(), Optional.of(message), at);
    }

    /** A call that failed: its kind and cause, and the message people see. */
    public static AgentObservation failed(CxoneFailure failure, String message, Instant at) {
        return new AgentObservation(AgentStatus.ERROR, Availability.UNKNOWN, Optional.empty(), Optional.empty(),
                Optional.of(failure.kind()), Optional.of(failure.cause()), Optional.of(message), at);
    }
}
