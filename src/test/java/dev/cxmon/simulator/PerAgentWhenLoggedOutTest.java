package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static dev.cxmon.simulator.SimulatorHarness.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-agent endpoint for an agent without a session, in each of the behaviours CXone is reported to have. */
class PerAgentWhenLoggedOutTest {

    @TempDir
    Path dir;

    @Test
    void notFound() {
        try (SimulatorHarness sim = start("notFound")) {
            HttpResponse<String> response = sim.api("agents/1005/states", sim.token("demo-supervisor"));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).get("error_description").asText()).contains("1005");
        }
    }

    @Test
    void empty() {
        try (SimulatorHarness sim = start("empty")) {
            HttpResponse<String> response = sim.api("agents/1005/states", sim.token("demo-supervisor"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).get("agentStates")).isEmpty();
        }
    }

    @Test
    void record() {
        try (SimulatorHarness sim = start("record")) {
            JsonNode record = okJson(sim.api("agents/1006/states", sim.token("demo-supervisor"))).get("agentStates").get(0);
            assertThat(record.get("agentStateId").asText()).isEqualTo("0");
            assertThat(record.get("agentStateName").asText()).isEqualTo("LoggedOut");
            assertThat(record.get("isActive").asText()).isEqualTo("False");
        }
    }

    @Test
    void loggedInAgentsAreUnaffected() {
        try (SimulatorHarness sim = start("empty")) {
            assertThat(json(sim.api("agents/1001/states", sim.token("demo-supervisor"))).get("agentStates")).hasSize(1);
        }
    }

    private SimulatorHarness start(String behaviour) {
        Path tenant = behaviour.equals("notFound")
                ? DemoTenant.writeEdited(dir, yaml -> yaml.replace("tokenLifetime: 3600s", "tokenLifetime: 1h"))
                : DemoTenant.writeEdited(dir, yaml -> yaml.replace("perAgentWhenLoggedOut: notFound",
                        "perAgentWhenLoggedOut: " + behaviour));
        SimulatorHarness sim = SimulatorHarness.start(SimulatorOptions.defaults().withTenantFile(tenant));
        assertThat(sim.simulator.tenant().settings().perAgentWhenLoggedOut().wireName()).isEqualTo(behaviour);
        return sim;
    }
}
