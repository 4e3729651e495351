package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tenant option perAgentWhenNotVisible: 404 (default) or 403 for an existing agent outside the key's view. */
class PerAgentWhenNotVisibleTest {

    @TempDir
    Path dir;

    @Test
    void forbiddenTenantAnswers403ForAnotherAgentAnd404ForNoAgent() {
        Path tenant = DemoTenant.writeEdited(dir, yaml -> yaml.replace("perAgentWhenNotVisible: notFound", "perAgentWhenNotVisible: forbidden"));
        try (SimulatorHarness sim = SimulatorHarness.start(SimulatorOptions.defaults().withTenantFile(tenant))) {
            String agent = sim.token("demo-agent");
            assertThat(sim.api("agents/1001/states", agent).statusCode()).isEqualTo(403);
            assertThat(sim.api("agents/1001", agent).statusCode()).isEqualTo(403);
            assertThat(sim.api("agents/1001/skills", agent).statusCode()).isEqualTo(403);
            assertThat(sim.api("agents/9999/states", agent).statusCode()).as("no such agent at all").isEqualTo(404);
            assertThat(sim.api("agents/1002/states", agent).statusCode()).as("its own agent").isEqualTo(200);
            assertThat(json(sim.api("agents/states", agent)).get("agentStates")).extracting(r -> r.get("agentId").asText())
                    .containsExactly("1002");
            assertThat(json(sim.get("/simulator/tenant")).path("settings").path("perAgentWhenNotVisible").asText())
                    .isEqualTo("forbidden");
        }
    }

    @Test
    void demoTenantAnswers404AsIfTheAgentDidNotExist() {
        try (SimulatorHarness sim = SimulatorHarness.start(SimulatorOptions.defaults())) {
            assertThat(sim.api("agents/1001/states", sim.token("demo-agent")).statusCode()).isEqualTo(404);
            assertThat(json(sim.get("/simulator/tenant")).path("settings").path("perAgentWhenNotVisible").asText())
                    .isEqualTo("notFound");
        }
    }
}
