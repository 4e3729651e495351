package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static dev.cxmon.simulator.SimulatorHarness.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentRoutesTest {

    @RegisterExtension
    static final SimulatorHarness sim = SimulatorHarness.perClassWithTokenOf("demo-supervisor");

    @Test
    void listsEveryAgentButNotUsersWithoutTheAgentRole() {
        JsonNode body = okJson(sim.api("agents", sim.bearer()));
        assertThat(body.get("totalRecords").asInt()).isEqualTo(8);
        assertThat(body.get("agents")).extracting(a -> a.get("agentId").asLong())
                .containsExactly(1000L, 1001L, 1002L, 1003L, 1004L, 1005L, 1006L, 1007L);
        assertThat(body.get("agents")).extracting(a -> a.get("userName").asText())
                .doesNotContain("notagent@demo.example", "reporting@demo.example");
    }

    @Test
    void agentJsonHasCxoneShapeWithStringIsActive() {
        JsonNode agent = json(sim.api("agents/1006", sim.bearer())).get("agents").get(0);

        assertThat(agent.get("agentId").isNumber()).isTrue();
        assertThat(agent.get("agentId").asLong()).isEqualTo(1006);
        assertThat(agent.get("userName").asText()).isEqualTo("inactive@demo.example");
        assertThat(agent.get("firstName").asText()).isEqualTo("Ina");
        assertThat(agent.get("lastName").asText()).isEqualTo("Inactive");
        assertThat(agent.get("emailAddress").asText()).isEqualTo("inactive@demo.example");
        assertThat(agent.get("isActive").asText()).isEqualTo("False");
        assertThat(agent.get("teamId").asLong()).isEqualTo(5003);
        assertThat(agent.get("teamName").asText()).isEqualTo("Support");
        assertThat(agent.get("userId").asText()).isEqualTo("1ea4501e-2def-4c73-b4c3-c948799406c1");
        assertThat(agent.has("securityProfileId")).isTrue();
        assertThat(json(sim.api("agents/1001", sim.bearer())).get("agents").get(0).get("isActive").asText()).isEqualTo("True");
    }

    @Test
    void searchStringMatchesNamesAndEmailCaseInsensitively() {
        assertThat(json(sim.api("agents?searchString=AVAILABLE", sim.bearer())).get("agents"))
                .extracting(a -> a.get("agentId").asLong()).containsExactly(1001L);
        assertThat(json(sim.api("agents?searchString=olga", sim.bearer())).get("agents"))
                .extracting(a -> a.get("agentId").asLong()).containsExactly(1004L);
        assertThat(json(sim.api("agents?searchString=logged", sim.bearer())).get("totalRecords").asInt()).isEqualTo(2);
    }

    /** A search without match, and an agent without skills. */
    @ParameterizedTest
    @ValueSource(strings = {"agents?searchString=nobody-here", "agents/1007/skills"})
    void nothingToAnswerIs204WithoutBody(String resource) {
        HttpResponse<String> response = sim.api(resource, sim.bearer());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void skipAndTopPageTheListButTotalCountsAllMatches() {
        JsonNode body = json(sim.api("agents?skip=2&top=3", sim.bearer()));

        assertThat(body.get("totalRecords").asInt()).isEqualTo(8);
        assertThat(body.get("agents")).extracting(a -> a.get("agentId").asLong()).containsExactly(1002L, 1003L, 1004L);
    }

    @Test
    void invalidPagingIs400() {
        assertThat(sim.api("agents?skip=-1", sim.bearer()).statusCode()).isEqualTo(400);
        assertThat(sim.api("agents?top=many", sim.bearer()).statusCode()).isEqualTo(400);
    }

    @Test
    void malformedQueryEncodingIs400() throws Exception {
        // java.net.URI refuses "%zz", so this request goes over a plain socket
        try (Socket socket = new Socket("127.0.0.1", sim.simulator.port())) {
            socket.setSoTimeout(5000);
            String request = "GET " + SimulatorHarness.API + "agents?searchString=%zz HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAuthorization: Bearer " + sim.bearer() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").contains("\"error\"");
        }
    }

    @Test
    void fieldsLimitsTheAgentJson() {
        JsonNode agent = json(sim.api("agents?fields=agentId,userName&searchString=available", sim.bearer()))
                .get("agents").get(0);

        assertThat(agent.size()).isEqualTo(2);
        assertThat(agent.get("userName").asText()).isEqualTo("available@demo.example");
    }

    @Test
    void userIdUsedAsAgentIdIs400InvalidAgentId() {
        HttpResponse<String> response = sim.api("agents/" + DemoTenant.AVAILABLE, sim.bearer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("InvalidAgentId");
        assertThat(sim.api("agents/" + DemoTenant.AVAILABLE + "/states", sim.bearer()).statusCode()).isEqualTo(400);
        assertThat(sim.api("agents/abc/skills", sim.bearer()).statusCode()).isEqualTo(400);
    }

    @Test
    void unknownAgentIs404() {
        HttpResponse<String> response = sim.api("agents/4242", sim.bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).isEqualTo("NotFound");
        assertThat(sim.api("agents/4242/skills", sim.bearer()).statusCode()).isEqualTo(404);
        assertThat(sim.api("agents/4242/states", sim.bearer()).statusCode()).isEqualTo(404);
    }

    @Test
    void skillsListAssignments() {
        JsonNode body = okJson(sim.api("agents/1003/skills", sim.bearer()));
        assertThat(body.get("totalRecords").asInt()).isEqualTo(2);
        JsonNode first = body.get("agentSkillAssignments").get(0);
        assertThat(first.get("skillId").asLong()).isEqualTo(2004);
        assertThat(first.get("skillName").asText()).isEqualTo("Support Inbound");
        assertThat(first.get("isActive").asBoolean()).isTrue();
        assertThat(first.get("agentProficiencyValue").asInt()).isEqualTo(1);
    }

    @Test
    void apiPrefixIsCaseInsensitiveAndAnyVersion() {
        assertThat(sim.get("/InContactAPI/services/v23.0/agents/1001", sim.bearer()).statusCode()).isEqualTo(200);
        assertThat(sim.get("/incontactapi/services/v31.0/agents/1001/", sim.bearer()).statusCode()).isEqualTo(200);
        assertThat(sim.get("/incontactapi/services/27.0/agents/1001", sim.bearer()).statusCode()).isEqualTo(404);
        assertThat(sim.get("/incontactapi/services/v27/agents/1001", sim.bearer()).statusCode()).isEqualTo(404);
    }

    @Test
    void missingPermissionIs403() {
        String noScope = sim.token("demo-noscope");

        assertThat(sim.api("agents/1001", noScope).statusCode()).isEqualTo(200);
        HttpResponse<String> response = sim.api("agents/1001/states", noScope);
        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("Forbidden");
        assertThat(body.get("error_description").asText()).contains("permission").contains("agentStates");
        assertThat(sim.api("agents/states", noScope).statusCode()).isEqualTo(403);
        assertThat(sim.api("cache/agentstate", noScope).statusCode()).isEqualTo(403);
    }

    @Test
    void requestsAreCountedPerOperation() {
        long search = sim.simulator.requests().count(SimulatorOperations.AGENTS_SEARCH);
        long skills = sim.simulator.requests().count(SimulatorOperations.AGENT_SKILLS);

        sim.api("agents", sim.bearer());
        sim.api("agents/1001/skills", sim.bearer());
        sim.api("agents/1001/skills", null);

        assertThat(sim.simulator.requests().count(SimulatorOperations.AGENTS_SEARCH)).isEqualTo(search + 1);
        assertThat(sim.simulator.requests().count(SimulatorOperations.AGENT_SKILLS)).isEqualTo(skills + 2);
    }
}
