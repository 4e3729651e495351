package dev.cxmon.monitor;

import dev.cxmon.cxone.FailureKind;
import java.util.Optional;

/** What one observation changed for one agent: its transitions of status and of availability, if any, and the error it had before. */
public record AgentChange(String key, AgentObservation observation, Optional<Transition> transition,
        Optional<AvailabilityTransition> availabilityTransition, Optional<FailureKind> errorBefore) {

    /** Without a change of availability. */
    public AgentChange(String key, AgentObservation observation, Optional<Transition> transition, Optional<FailureKind> errorBefore) {
        this(key, observation, transition, Optional.empty(), errorBefore);
    }

    /** Into ERROR, or into ERROR for another reason. */
    public boolean newError() {
        return observation.error().isPresent() && !observation.error().equals(errorBefore);
    }

    /** Out of ERROR. */
    public boolean recovered() {
        return observation.error().isEmpty() && errorBefore.isPresent();
    }
}
