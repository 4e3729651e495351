package dev.cxmon.metrics;

import dev.cxmon.config.SupervisorLimits;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.Availability;
import java.util.Optional;

/**
 * The {@code reason} label of an Unavailable agent (issue 13's contract): the unavailable code's name
 * (outStateDescription, else outStateId), else "Unknown"; "LoggedIn" for CXone state 8 (logged in, no availability
 * chosen). None for an agent that is not Unavailable.
 */
final class UnavailableReasonLabel {

    static final String UNKNOWN = "Unknown";

    /** What state/StateClassifier says of an Unavailable record without code or description. */
    private static final String CLASSIFIER_WITHOUT_REASON = "no reason given";

    private UnavailableReasonLabel() {}

    static Optional<String> of(AgentObservation observation) {
        if (observation.availability() != Availability.UNAVAILABLE) {
            return Optional.empty();
        }
        if (observation.stateKind().filter(kind -> kind == AgentStateKind.LOGGED_IN).isPresent()) {
            return Optional.of(SupervisorLimits.LOGGED_IN);
        }
        return Optional.of(observation.reason().map(String::strip).filter(r -> !r.isEmpty() && !r.equals(CLASSIFIER_WITHOUT_REASON)).orElse(UNKNOWN));
    }
}
