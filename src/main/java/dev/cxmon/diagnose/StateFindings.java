package dev.cxmon.diagnose;

import dev.cxmon.cxone.AgentStateRecord;
import dev.cxmon.state.Availability;
import dev.cxmon.state.Classification;
import java.util.List;

/** Turns a classified agent-state record into the finding of its code ({@link AgentCodes}, as the daemon judges it). Pure. */
final class StateFindings {

    private StateFindings() {}

    static Finding forRecord(String agentLabel, AgentStateRecord record, List<String> evidence) {
        Classification c = record.classify();
        String state = record.stateLabel();
        return switch (AgentCodes.forState(c)) {
            case AGENT_AVAILABLE -> Finding.of(DiagnosisCode.AGENT_AVAILABLE, agentLabel + " is logged in and available (" + state + ")", evidence);
            case AGENT_WORKING -> Finding.of(DiagnosisCode.AGENT_WORKING, agentLabel + (c.availability() == Availability.ACW
                    ? " is in after-call work: " + c.reason().orElse(state) + " (" + state + ")" : " is working: " + state), evidence);
            case AGENT_LOGGED_OUT -> Finding.of(DiagnosisCode.AGENT_LOGGED_OUT, agentLabel + " is logged out (" + state + ")", evidence);
            case AGENT_LOGGED_IN_NOT_AVAILABLE -> Finding.of(DiagnosisCode.AGENT_LOGGED_IN_NOT_AVAILABLE,
                    agentLabel + " is logged in but not available (" + state + "): no availability chosen yet", evidence);
            case AGENT_UNAVAILABLE -> Finding.of(DiagnosisCode.AGENT_UNAVAILABLE,
                    agentLabel + " is logged in and unavailable: " + c.reason().orElse("no reason given"), evidence);
            default -> Finding.of(DiagnosisCode.MALFORMED_RESPONSE,
                    agentLabel + ": the state record cannot be classified (" + c.reason().orElse(state) + ")", evidence)
                    .withSeverity(Severity.WARNING);
        };
    }
}
