package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import org.junit.jupiter.api.Test;

class ErrorChangeLogTest {

    @Test
    void aFewChangesAreLoggedAgentByAgent() {
        ErrorChangeLog changes = new ErrorChangeLog();
        changes.failed("1001", FailureKind.SERVER, "HTTP 503");
        changes.failed("1002", FailureKind.AGENT_ID, "not found");
        changes.recovered("1003", AgentStatus.LOGGED_IN);
        assertThat(changes.lines()).containsExactly(
                new ErrorChangeLog.Line(true, "agent 1001: ERROR (server) HTTP 503"),
                new ErrorChangeLog.Line(true, "agent 1002: ERROR (agent_id) not found"),
                new ErrorChangeLog.Line(false, "agent 1003: recovered, now LOGGED_IN"));
    }

    @Test
    void manyChangesForOneReasonAreOneLineWithAnExampleAndACount() {
        ErrorChangeLog changes = new ErrorChangeLog();
        for (int agent = 100000; agent < 101000; agent++) {
            changes.failed(String.valueOf(agent), FailureKind.NETWORK, "connection refused");
        }
        changes.failed("9999", FailureKind.AGENT_ID, "not found");
        assertThat(changes.lines()).containsExactly(
                new ErrorChangeLog.Line(true, "1000 agents: ERROR (network), e.g. agent 100000: connection refused; "
                        + "the others: 100001, 100002, 100003 and 996 more"),
                new ErrorChangeLog.Line(true, "agent 9999: ERROR (agent_id) not found"));
    }

    @Test
    void manyRecoveriesAreOneLine() {
        ErrorChangeLog changes = new ErrorChangeLog();
        for (int agent = 1; agent <= ErrorChangeLog.LISTED_ONE_BY_ONE + 1; agent++) {
            changes.recovered(String.valueOf(agent), AgentStatus.LOGGED_OUT);
        }
        assertThat(changes.lines()).containsExactly(new ErrorChangeLog.Line(false, "6 agents recovered: 1, 2, 3 and 3 more"));
    }

    @Test
    void nothingChangedIsNothingLogged() {
        assertThat(new ErrorChangeLog().lines()).isEmpty();
    }
}
