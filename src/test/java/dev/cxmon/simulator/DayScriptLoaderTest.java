package dev.cxmon.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DayScriptLoaderTest {

    @Test
    void theDemoDayScriptsTheDemoAgentsFromTheDemoTenantsStates() {
        DayScript day = DayScriptLoader.demoDay();

        assertThat(day.agentIds()).containsExactly(1001L, 1002L, 1003L, 1004L, 1005L);
        assertThat(day.length()).isEqualTo(30);
        assertThat(day.row(0)).containsEntry(1003L, new ScriptedState(AgentStateId.UNAVAILABLE, "Break"))
                .containsEntry(1004L, new ScriptedState(AgentStateId.INBOUND_CONTACT, null))
                .containsEntry(1005L, new ScriptedState(AgentStateId.LOGGED_OUT, null));
    }

    @Test
    void aCellIsAStateIdWithAnOptionalReason() {
        assertThat(ScriptedState.parse(" 2  After Call Work ")).isEqualTo(new ScriptedState(AgentStateId.UNAVAILABLE, "After Call Work"));
        assertThat(ScriptedState.parse("8")).isEqualTo(new ScriptedState(AgentStateId.LOGGED_IN, null));
    }

    @Test
    void badScriptsAreRejectedWithStepAndAgent() {
        assertRejected("agents: [1001, 1002]\nsteps:\n  - [1, 1]\n  - [1, 9]\n", "step 1, agent 1002", "0..8");
        assertRejected("agents: [1001]\nsteps:\n  - [1]\n  - [3 Break]\n", "step 1, agent 1001", "only to Unavailable");
        assertRejected("agents: [1001, 1002]\nsteps:\n  - [1, 1]\n  - [1]\n", "step 1: expected 2 states");
        assertRejected("agents: [1001]\nsteps:\n  - [Available]\n  - [1]\n", "state id");
        assertRejected("agents: [1001, 1001]\nsteps:\n  - [1, 1]\n  - [0, 0]\n", "distinct");
        assertRejected("agents: [1001]\nsteps:\n  - [1]\n", "two steps");
        assertRejected("agents: [1001]\nsteps: [[1], [0]]\nspeed: 2\n", "test script");
        assertRejected("steps: [[1], [0]]\n", "needs 'agents' and 'steps'");
    }

    private static void assertRejected(String yaml, String... saying) {
        var thrown = assertThatThrownBy(() -> parse(yaml)).isInstanceOf(IllegalArgumentException.class);
        for (String part : saying) {
            thrown.hasMessageContaining(part);
        }
    }

    private static DayScript parse(String yaml) throws IOException {
        return DayScriptLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test script");
    }
}
