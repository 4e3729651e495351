package dev.cxmon.diagnose;

import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.Classification;
import java.util.Optional;

/**
 * The judgment of one agent, shared by the daemon ({@code code} in /api/agents) and {@code diagnose} (its findings), so
 * both give the same agent the same code: what a readable state means, that an inactive agent is a fault whatever its
 * state, and which mistake an entry that names no agent is. A failed call is {@link FailureCodes}' to name. Pure.
 */
public final class AgentCodes {

    private AgentCodes() {}

    /**
     * The daemon's judgment of its last look at an agent: a failure is the failure's code (then nothing else is known this
     * poll); otherwise the agent's, from what resolution confirmed (inactive) and the state read.
     */
    public static DiagnosisCode judge(Optional<FailureKind> failure, Optional<FailureCause> cause, AgentRef.Kind ref, boolean inactive,
            Classification state) {
        return failure.map(kind -> FailureCodes.codeFor(kind, cause, ref, false)).orElseGet(() -> forAgent(inactive, state));
    }

    /** What the agent is doing, from its classified state record (or "no session"). */
    public static DiagnosisCode forState(Classification state) {
        return switch (state.availability()) {
            case AVAILABLE -> DiagnosisCode.AGENT_AVAILABLE;
            // After-call work is work that follows a contact: logged in and busy, not a fault and not a break.
            case WORKING, ACW -> DiagnosisCode.AGENT_WORKING;
            case LOGGED_OUT -> DiagnosisCode.AGENT_LOGGED_OUT;
            case UNAVAILABLE -> switch (state.kind()) {
                case LOGGED_IN -> DiagnosisCode.AGENT_LOGGED_IN_NOT_AVAILABLE;
                default -> DiagnosisCode.AGENT_UNAVAILABLE;
            };
            case UNKNOWN -> DiagnosisCode.MALFORMED_RESPONSE;
        };
    }

    /**
     * An agent CXone confirmed exists. Inactive outranks the state: CXone shows such an agent logged out, and it can never
     * log in, so the roster watches someone who cannot work until an administrator reactivates it.
     */
    public static DiagnosisCode forAgent(boolean inactive, Classification state) {
        return inactive ? DiagnosisCode.AGENT_INACTIVE : forState(state);
    }

    /**
     * An entry that names no agent CXone knows.
     *
     * @param userWithoutAgentRole User Hub knows the user, who has no agent record
     */
    public static DiagnosisCode unknownAgent(AgentRef.Kind ref, boolean userWithoutAgentRole) {
        return switch (ref) {
            // A UUID is a user ID where the agent ID belongs, whichever user it names.
            case USER_ID -> DiagnosisCode.USER_ID_USED_AS_AGENT_ID;
            case USER_NAME -> userWithoutAgentRole ? DiagnosisCode.USER_NOT_AGENT : DiagnosisCode.USER_NOT_FOUND;
            case AGENT_ID, INVALID -> DiagnosisCode.AGENT_NOT_FOUND;
        };
    }
}
