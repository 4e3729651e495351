package dev.cxmon.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.Classification;
import dev.cxmon.state.StateClassifier;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The judgment of one agent that the daemon (/api/agents) and diagnose share: what a readable state means, that an
 * inactive agent is a fault whatever its state, and what an entry that names no agent is.
 */
class AgentCodesTest {

    record StateRow(Integer stateId, String stateName, String reason, DiagnosisCode code) {

        Classification classification() {
            return StateClassifier.classify(stateId, stateName, reason, null);
        }

        @Override
        public String toString() {
            return stateId + "/" + stateName + "/" + reason + " -> " + code;
        }
    }

    static Stream<StateRow> states() {
        return Stream.of(
                new StateRow(0, "LoggedOut", null, DiagnosisCode.AGENT_LOGGED_OUT),
                new StateRow(1, "Available", null, DiagnosisCode.AGENT_AVAILABLE),
                new StateRow(2, "Unavailable", "Break", DiagnosisCode.AGENT_UNAVAILABLE),
                new StateRow(2, "Unavailable", null, DiagnosisCode.AGENT_UNAVAILABLE),
                new StateRow(8, "LoggedIn", null, DiagnosisCode.AGENT_LOGGED_IN_NOT_AVAILABLE),
                new StateRow(3, "InboundContact", null, DiagnosisCode.AGENT_WORKING),
                new StateRow(4, "OutboundContact", null, DiagnosisCode.AGENT_WORKING),
                new StateRow(7, "Dialer", null, DiagnosisCode.AGENT_WORKING),
                new StateRow(null, "AfterCallWork", null, DiagnosisCode.AGENT_WORKING),
                // after-call work (ACW availability) is logged in and busy, not a fault and not a break
                new StateRow(2, "Unavailable", "After Call Work", DiagnosisCode.AGENT_WORKING),
                new StateRow(null, "Teleporting", null, DiagnosisCode.MALFORMED_RESPONSE),
                new StateRow(null, null, null, DiagnosisCode.MALFORMED_RESPONSE),
                new StateRow(-3, "Available", null, DiagnosisCode.MALFORMED_RESPONSE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void aReadableStateGivesTheCodeOfWhatTheAgentDoes(StateRow row) {
        assertThat(AgentCodes.forState(row.classification())).isEqualTo(row.code());
        assertThat(AgentCodes.forAgent(false, row.classification())).as("an active agent is judged by its state").isEqualTo(row.code());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void anInactiveAgentIsAFaultWhateverItsState(StateRow row) {
        assertThat(AgentCodes.forAgent(true, row.classification())).isEqualTo(DiagnosisCode.AGENT_INACTIVE);
        assertThat(DiagnosisCode.AGENT_INACTIVE.severity()).isEqualTo(Severity.FAULT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void theDaemonJudgesAFailedReadByItsFailureAndAReadByTheAgent(StateRow row) {
        Classification state = row.classification();
        assertThat(AgentCodes.judge(Optional.empty(), Optional.empty(), AgentRef.Kind.AGENT_ID, false, state)).isEqualTo(row.code());
        assertThat(AgentCodes.judge(Optional.empty(), Optional.empty(), AgentRef.Kind.AGENT_ID, true, state))
                .isEqualTo(DiagnosisCode.AGENT_INACTIVE);
        assertThat(AgentCodes.judge(Optional.of(FailureKind.SERVER), Optional.of(FailureCause.HTTP_STATUS), AgentRef.Kind.AGENT_ID, true,
                state)).as("a failed read tells nothing of the agent this poll").isEqualTo(DiagnosisCode.SERVER_ERROR);
        assertThat(AgentCodes.judge(Optional.of(FailureKind.AGENT_ID), Optional.of(FailureCause.USER_WITHOUT_AGENT_ROLE),
                AgentRef.Kind.USER_NAME, false, state)).isEqualTo(DiagnosisCode.USER_NOT_AGENT);
    }

    @ParameterizedTest
    @EnumSource(AgentRef.Kind.class)
    void anEntryThatNamesNoAgentIsTheMistakeItsFormShows(AgentRef.Kind ref) {
        DiagnosisCode expected = switch (ref) {
            case USER_ID -> DiagnosisCode.USER_ID_USED_AS_AGENT_ID;
            case USER_NAME -> DiagnosisCode.USER_NOT_FOUND;
            case AGENT_ID, INVALID -> DiagnosisCode.AGENT_NOT_FOUND;
        };
        assertThat(AgentCodes.unknownAgent(ref, false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(value = AgentRef.Kind.class, names = {"USER_NAME", "USER_ID"})
    void aUserFoundWithoutTheAgentRoleIsNotAnAgent(AgentRef.Kind ref) {
        DiagnosisCode expected = ref == AgentRef.Kind.USER_ID ? DiagnosisCode.USER_ID_USED_AS_AGENT_ID : DiagnosisCode.USER_NOT_AGENT;
        assertThat(AgentCodes.unknownAgent(ref, true))
                .as("a UUID is first of all a user ID where the agent ID belongs, whatever its user").isEqualTo(expected);
    }
}
