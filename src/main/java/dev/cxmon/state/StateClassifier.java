package dev.cxmon.state;

import java.util.Optional;

/**
 * Turns CXone's state fields into a {@link Classification}. Pure and total: unknown or missing
 * values give UNKNOWN, never an exception.
 */
public final class StateClassifier {

    private StateClassifier() {}

    /**
     * @param stateId             agentStateId, already parsed leniently (null when absent or unparsable)
     * @param stateName           agentStateName as sent
     * @param outStateDescription the unavailable reason, e.g. "Break"
     * @param outStateCode        the unavailable code, used when no description is given
     */
    public static Classification classify(Integer stateId, String stateName, String outStateDescription, String outStateCode) {
        if (stateId != null && stateId < 0) {
            // CXone's state IDs are 0..8 (and may grow); a negative one is no state at all, so no name can vouch for it.
            return new Classification(AgentStatus.ERROR, Availability.UNKNOWN, AgentStateKind.UNKNOWN,
                    Optional.of("agentStateId " + stateId + " is not a CXone state ID"
                            + (stateName != null && !stateName.isBlank() ? ", whatever its name '" + stateName + "' says" : "")));
        }
        Optional<AgentStateKind> kind = AgentStateKind.fromId(stateId).or(() -> AgentStateKind.fromName(stateName));
        if (kind.isEmpty()) {
            boolean noStateAtAll = stateId == null && (stateName == null || stateName.isBlank());
            if (noStateAtAll) {
                return new Classification(AgentStatus.ERROR, Availability.UNKNOWN, AgentStateKind.UNKNOWN,
                        Optional.of("the record carries no agentStateId or agentStateName"));
            }
            // Any state other than LoggedOut implies a session; we just do not know what it allows.
            String shown = stateName != null && !stateName.isBlank() ? stateName : "id " + stateId;
            return new Classification(AgentStatus.LOGGED_IN, Availability.UNKNOWN, AgentStateKind.UNKNOWN,
                    Optional.of("unrecognised state " + shown));
        }
        return switch (kind.get()) {
            case LOGGED_OUT -> Classification.loggedOut(null);
            case AVAILABLE -> loggedIn(Availability.AVAILABLE, AgentStateKind.AVAILABLE, null);
            case UNAVAILABLE -> loggedIn(Availability.UNAVAILABLE, AgentStateKind.UNAVAILABLE,
                    firstNonBlank(outStateDescription, outStateCode, "no reason given"));
            case LOGGED_IN -> loggedIn(Availability.UNAVAILABLE, AgentStateKind.LOGGED_IN,
                    "logged in, availability not chosen yet");
            case INBOUND_CONTACT, OUTBOUND_CONTACT, INBOUND_CONSULT, OUTBOUND_CONSULT, DIALER, DIALER_PENDING, AFTER_CALL_WORK ->
                    loggedIn(Availability.WORKING, kind.get(), kind.get().cxoneName());
            case UNKNOWN -> loggedIn(Availability.UNKNOWN, AgentStateKind.UNKNOWN, null);
        };
    }

    private static Classification loggedIn(Availability availability, AgentStateKind kind, String reason) {
        return new Classification(AgentStatus.LOGGED_IN, availability, kind, Optional.ofNullable(reason));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
