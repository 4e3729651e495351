package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a token may see is limited by its owner's visibility; invisible means "does not exist". */
class VisibilityTest {

    private static SimulatorHarness sim;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        // a team-scoped key owned by break@demo.example (team Support: agents 1002, 1003, 1006)
        Path tenant = DemoTenant.writeEdited(dir, yaml -> yaml + """

                  - id: demo-team
                    secret: demo-team-secret
                    userName: break@demo.example
                    permissions: [agents, agentStates, users, skills]
                    visibility: team
                """);
        sim = SimulatorHarness.start(SimulatorOptions.defaults().withTenantFile(tenant));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void selfKeySeesOnlyItsOwner() {
        String agent = sim.token("demo-agent");

        assertThat(json(sim.api("agents", agent)).get("agents")).extracting(a -> a.get("agentId").asLong())
                .containsExactly(1002L);
        assertThat(json(sim.api("agents/states", agent)).get("agentStates")).extracting(r -> r.get("agentId").asText())
                .containsExactly("1002");
        assertThat(sim.api("agents/1002/states", agent).statusCode()).isEqualTo(200);
        assertThat(sim.api("agents/1001", agent).statusCode()).isEqualTo(404);
        assertThat(sim.api("agents/1001/states", agent).statusCode()).isEqualTo(404);
        assertThat(sim.api("agents/1001/skills", agent).statusCode()).isEqualTo(404);
        assertThat(sim.get("/user-management/v1/users/" + DemoTenant.AVAILABLE, agent).statusCode()).isEqualTo(404);
        assertThat(sim.get("/user-management/v1/users/" + DemoTenant.LOGGED_IN, agent).statusCode()).isEqualTo(200);
    }

    @Test
    void selfKeySearchForAnotherAgentIsEmpty() {
        assertThat(sim.api("agents?searchString=available", sim.token("demo-agent")).statusCode()).isEqualTo(204);
    }

    @Test
    void teamKeySeesItsTeamOnly() {
        String team = sim.token("demo-team");

        assertThat(json(sim.api("agents", team)).get("agents")).extracting(a -> a.get("agentId").asLong())
                .containsExactly(1002L, 1003L, 1006L);
        assertThat(json(sim.api("agents/states", team)).get("agentStates")).extracting(r -> r.get("agentId").asText())
                .containsExactly("1002", "1003", "1006");
        assertThat(sim.api("agents/1001/states", team).statusCode()).isEqualTo(404);
        JsonNode users = json(sim.get("/user-management/v1/users", team));
        assertThat(users.get("users")).extracting(u -> u.get("userName").asText())
                .containsExactlyInAnyOrder("loggedin@demo.example", "break@demo.example", "inactive@demo.example",
                        "notagent@demo.example");
    }

    @Test
    void allKeysSeeEveryone() {
        for (String key : new String[] {"demo-supervisor", "demo-nouser"}) {
            String token = sim.token(key);
            assertThat(json(sim.api("agents", token)).get("totalRecords").asInt()).as(key).isEqualTo(8);
            assertThat(json(sim.api("agents/states", token)).get("agentStates")).as(key).hasSize(7);
        }
    }

    @Test
    void selfKeyWithANewerUpdatedSinceGets304WhenOnlyOthersChanged() {
        String agent = sim.token("demo-agent");
        String lastPollTime = json(sim.api("agents/states", agent)).get("lastPollTime").asText();

        sim.simulator.setAgentState(1001, 2, "Meeting");

        assertThat(sim.api("agents/states?updatedSince=" + SimulatorHarness.encode(lastPollTime), agent).statusCode())
                .isEqualTo(304);
    }
}
