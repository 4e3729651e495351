package dev.cxmon.monitor;

import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import dev.cxmon.state.Classification;
import java.time.Instant;
import java.util.Optional;

/**
 * What one poll saw for one agent. An ERROR carries its reason (the metric label), the precise cause when a call failed
 * (so the diagnosis code of /api/agents is the one {@code diagnose} gives), and a message for people; a state read keeps
 * its CXone state kind, which tells "logged in, no availability chosen" (state 8) from a chosen Unavailable, when CXone
 * says the state began ({@code startDate}) and the login began ({@code sessionStartTime}), each empty when CXone sent none
 * that parses, and the reason label of an Unavailable agent (state/UnavailableReason).
 */
public record AgentObservation(
        AgentStatus status,
        Availability availability,
        Optional<String> reason,
        Optional<String> cxoneState,
        Optional<FailureKind> error,
        Optional<FailureCause> errorCause,
        Optional<String> errorMessage,
        Instant at,
        Optional<AgentStateKind> stateKind,
        Optional<Instant> stateStart,
        Optional<Instant> sessionStart,
        Optional<String> unavailableReason) {

    /** Without CXone's times and the reason label. */
    public AgentObservation(AgentStatus status, Availability availability, Optional<String> reason, Optional<String> cxoneState,
            Optional<FailureKind> error, Optional<FailureCause> errorCause, Optional<String> errorMessage, Instant at,
            Optional<AgentStateKind> stateKind) {
        this(status, availability, reason, cxoneState, error, errorCause, errorMessage, at, stateKind, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Without the CXone state kind (an error, or a test that needs only status and availability). */
    public AgentObservation(AgentStatus status, Availability availability, Optional<String> reason, Optional<String> cxoneState,
            Optional<FailureKind> error, Optional<FailureCause> errorCause, Optional<String> errorMessage, Instant at) {
        this(status, availability, reason, cxoneState, error, errorCause, errorMessage, at, Optional.empty());
    }

    /** An error the daemon decided itself (a deadline, an unresolved entry), with no call behind it to name a cause. */
    public static AgentObservation error(FailureKind kind, String message, Instant at) {
        return new AgentObservation(AgentStatus.ERROR, Availability.UNKNOWN, Optional.empty(), Optional.empty(), Optional.of(kind),
                Optional.empty(), Optional.of(message), at);
    }

    /** An error the daemon decided itself for a precise cause (e.g. a user without the agent role). */
    public static AgentObservation error(FailureKind kind, Optional<FailureCause> cause, String message, Instant at) {
        return new AgentObservation(AgentStatus.ERROR, Availability.UNKNOWN, Optional.empty(), Optional.empty(), Optional.of(kind),
                cause, Optional.of(message), at);
    }

    /** A call that failed: its kind and cause, and the message people see. */
    public static AgentObservation failed(CxoneFailure failure, String message, Instant at) {
        return new AgentObservation(AgentStatus.ERROR, Availability.UNKNOWN, Optional.empty(), Optional.empty(),
                Optional.of(failure.kind()), Optional.of(failure.cause()), Optional.of(message), at);
    }

    /** The same CXone state as {@code other}: the same status, availability, CXone state kind and reason. */
    public boolean sameStateAs(AgentObservation other) {
        return status == other.status && availability == other.availability && stateKind.equals(other.stateKind)
                && reason.equals(other.reason);
    }

    /** The state as classified when the record was read, for the judgment of /api/agents (see diagnose/AgentCodes). */
    public Classification classification() {
        return new Classification(status, availability, stateKind.orElse(AgentStateKind.UNKNOWN), reason);
    }
}
