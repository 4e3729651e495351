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
        assertThat(day.length()).isEqualTo(12);
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
        assertThatThrownBy(() -> parse("agents: [1001, 1002]\nsteps:\n  - [1, 1]\n  - [1, 9]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step 1, agent 1002").hasMessageContaining("0..8");
        assertThatThrownBy(() -> parse("agents: [1001]\nsteps:\n  - [1]\n  - [3 Break]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step 1, agent 1001")
                .hasMessageContaining("only to Unavailable");
        assertThatThrownBy(() -> parse("agents: [1001, 1002]\nsteps:\n  - [1, 1]\n  - [1]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step 1: expected 2 states");
        assertThatThrownBy(() -> parse("agents: [1001]\nsteps:\n  - [Available]\n  - [1]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state id");
        assertThatThrownBy(() -> parse("agents: [1001, 1001]\nsteps:\n  - [1, 1]\n  - [0, 0]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> parse("agents: [1001]\nsteps:\n  - [1]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two steps");
        assertThatThrownBy(() -> parse("agents: [1001]\nsteps: [[1], [0]]\nspeed: 2\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test script");
        assertThatThrownBy(() -> parse("steps: [[1], [0]]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 'agents' and 'steps'");
    }

    private static DayScript parse(String yaml) throws IOException {
        return DayScriptLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test script");
    }
}
