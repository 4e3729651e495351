package dev.cxmon.monitor;

import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of an agent in {@link AgentHistory}: when, and the status, availability, reason and CXone state it changed
 * to (with the error's reason and cause while ERROR). Kept small on purpose, since a roster of 10,000 agents holds up
 * to cxone.api.history-size of them each: the time as epoch milliseconds, absent values as null (no Optional per
 * field), the texts shared between entries, and no error message (the last one is in /api/agents' lastError).
 */
public final class HistoryEntry {

    private final long atEpochMilli;
    private final AgentStatus status;
    private final Availability availability;
    private final String reason;
    private final String cxoneState;
    private final AgentStateKind stateKind;
    private final FailureKind error;
    private final FailureCause errorCause;

    private HistoryEntry(Instant at, AgentStatus status, Availability availability, String reason, String cxoneState,
            AgentStateKind stateKind, FailureKind error, FailureCause errorCause) {
        this.atEpochMilli = at.toEpochMilli();
        this.status = status;
        this.availability = availability;
        this.reason = reason;
        this.cxoneState = cxoneState;
        this.stateKind = stateKind;
        this.error = error;
        this.errorCause = errorCause;
    }

    /** The entry an observation makes, at {@code at}, with its texts taken from {@code texts}. */
    static HistoryEntry of(AgentObservation observation, Instant at, SharedTexts texts) {
        return new HistoryEntry(at, observation.status(), observation.availability(), texts.shared(observation.reason().orElse(null)),
                texts.shared(observation.cxoneState().orElse(null)), observation.stateKind().orElse(null),
                observation.error().orElse(null), observation.errorCause().orElse(null));
    }

    /** Whether the observation says what this entry says (then it is no change); its time and error message do not count. */
    boolean sameAs(AgentObservation observation) {
        return status == observation.status() && availability == observation.availability()
                && Objects.equals(reason, observation.reason().orElse(null))
                && Objects.equals(cxoneState, observation.cxoneState().orElse(null))
                && stateKind == observation.stateKind().orElse(null)
                && error == observation.error().orElse(null)
                && errorCause == observation.errorCause().orElse(null);
    }

    /** When the change happened, to the millisecond (see AgentHistory#timeOf). */
    public Instant at() {
        return Instant.ofEpochMilli(atEpochMilli);
    }

    public AgentStatus status() {
        return status;
    }

    public Availability availability() {
        return availability;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> cxoneState() {
        return Optional.ofNullable(cxoneState);
    }

    public Optional<AgentStateKind> stateKind() {
        return Optional.ofNullable(stateKind);
    }

    public Optional<FailureKind> error() {
        return Optional.ofNullable(error);
    }

    public Optional<FailureCause> errorCause() {
        return Optional.ofNullable(errorCause);
    }

    @Override
    public String toString() {
        return at() + " " + status + " " + availability + (reason == null ? "" : " " + reason) + (error == null ? "" : " " + error.label());
    }
}
