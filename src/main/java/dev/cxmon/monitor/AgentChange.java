package dev.cxmon.monitor;

import dev.cxmon.cxone.FailureKind;
import java.util.Optional;

/** What one observation changed for one agent: its transition, if any, and the error it had before. */
public record AgentChange(String key, AgentObservation observation, Optional<Transition> transition, Optional<FailureKind> errorBefore) {

    /** Into ERROR, or into ERROR for another reason. */
    public boolean newError() {
        return observation.error().isPresent() && !observation.error().equals(errorBefore);
    }

    /** Out of ERROR. */
    public boolean recovered() {
        return observation.error().isEmpty() && errorBefore.isPresent();
    }
}
