package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static dev.cxmon.simulator.SimulatorHarness.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ControlRoutesTest {

    @RegisterExtension
    static final SimulatorHarness sim = SimulatorHarness.perClass();

    @Test
    void tenantShowsAgentsWithStatesAndNoSecrets() {
        HttpResponse<String> response = sim.get("/simulator/tenant");

        JsonNode body = okJson(response);
        assertThat(body.get("tenant").get("tenantId").asText()).isEqualTo(DemoTenant.TENANT_ID.toString());
        assertThat(body.get("agents")).hasSize(8);
        JsonNode onCall = body.get("agents").get(4);
        assertThat(onCall.get("agentId").asLong()).isEqualTo(1004);
        assertThat(onCall.get("state").get("agentStateName").asText()).isEqualTo("InboundContact");
        assertThat(body.get("users")).hasSize(10);
        assertThat(body.get("accessKeys")).extracting(k -> k.get("id").asText())
                .containsExactly("demo-supervisor", "demo-agent", "demo-noscope", "demo-noskills", "demo-expired", "demo-nouser");
        assertThat(response.body()).doesNotContain("-secret").doesNotContain("clientSecret");
    }

    @Test
    void putStateChangesTheAgentForTheApi() {
        HttpResponse<String> put = sim.send("PUT", "/simulator/agents/1005/state",
                "{\"agentStateId\":2,\"outStateDescription\":\"Training\"}");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(put).get("agentStateName").asText()).isEqualTo("Unavailable");
        JsonNode record = json(sim.api("agents/1005/states", sim.token("demo-supervisor"))).get("agentStates").get(0);
        assertThat(record.get("outStateDescription").asText()).isEqualTo("Training");
        assertThat(sim.simulator.tenant().agentState(1005)).hasValueSatisfying(
                s -> assertThat(s.stateId()).isEqualTo(AgentStateId.UNAVAILABLE));
    }

    @Test
    void putStateRejectsBadInput() {
        assertThat(sim.send("PUT", "/simulator/agents/9999/state", "{\"agentStateId\":1}").statusCode()).isEqualTo(404);
        assertThat(sim.send("PUT", "/simulator/agents/x/state", "{\"agentStateId\":1}").statusCode()).isEqualTo(400);
        assertThat(sim.send("PUT", "/simulator/agents/1001/state", "{\"agentStateId\":9}").statusCode()).isEqualTo(400);
        assertThat(sim.send("PUT", "/simulator/agents/1001/state", "{}").statusCode()).isEqualTo(400);
        assertThat(sim.send("PUT", "/simulator/agents/1001/state", "{oops").statusCode()).isEqualTo(400);
    }

    @Test
    void setAgentStateRejectsUnknownAgentsAndStates() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.simulator.setAgentState(4242, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.simulator.setAgentState(1001, 12, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestCountersAreReadableAndResettable() {
        sim.send("DELETE", "/simulator/requests", null);
        String token = sim.token("demo-supervisor");
        sim.api("agents/states", token);
        sim.api("agents/states", token);

        JsonNode counters = json(sim.get("/simulator/requests"));

        assertThat(counters.get("total").asLong()).isEqualTo(3);
        assertThat(counters.get("operations").get(SimulatorOperations.TOKEN).asLong()).isEqualTo(1);
        assertThat(counters.get("operations").get(SimulatorOperations.AGENT_STATES_BULK).asLong()).isEqualTo(2);
        assertThat(sim.simulator.requests().total()).isEqualTo(3);
        sim.simulator.requests().reset();
        assertThat(sim.simulator.requests().total()).isZero();
        assertThat(sim.simulator.requests().snapshot()).isEmpty();
    }
}
