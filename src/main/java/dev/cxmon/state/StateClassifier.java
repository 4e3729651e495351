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
        return classify(stateId, stateName, outStateDescription, outStateCode, null);
    }

    /**
     * As {@link #classify(Integer, String, String, String)}, with CXone's after-call-work flag. A logged-in agent is in ACW
     * when {@code isAcw} is true, or when it is Unavailable with an unavailable code named after-call work ("ACW", "After
     * Call Work", ...): where the flag is absent, and also where it says false, since a code called After Call Work is not a
     * break whatever the flag says.
     *
     * @param isAcw isACW, already parsed leniently (null when absent or unparsable)
     */
    public static Classification classify(Integer stateId, String stateName, String outStateDescription, String outStateCode,
            Boolean isAcw) {
        Classification state = classifyState(stateId, stateName, outStateDescription, outStateCode);
        if (state.status() != AgentStatus.LOGGED_IN || state.availability() == Availability.ACW) {
            return state;
        }
        boolean acwCode = state.kind() == AgentStateKind.UNAVAILABLE && (namesAfterCallWork(outStateDescription)
                || namesAfterCallWork(outStateCode));
        if (Boolean.TRUE.equals(isAcw) || acwCode) {
            return loggedIn(Availability.ACW, AgentStateKind.AFTER_CALL_WORK,
                    firstNonBlank(outStateDescription, outStateCode, AgentStateKind.AFTER_CALL_WORK.cxoneName()));
        }
        return state;
    }

    private static boolean namesAfterCallWork(String code) {
        return AgentStateKind.fromName(code).filter(kind -> kind == AgentStateKind.AFTER_CALL_WORK).isPresent();
    }

    private static Classification classifyState(Integer stateId, String stateName, String outStateDescription, String outStateCode) {
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
            case INBOUND_CONTACT, OUTBOUND_CONTACT, INBOUND_CONSULT, OUTBOUND_CONSULT, DIALER, DIALER_PENDING ->
                    loggedIn(Availability.WORKING, kind.get(), kind.get().cxoneName());
            case AFTER_CALL_WORK -> loggedIn(Availability.ACW, kind.get(), kind.get().cxoneName());
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
