package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.encode;
import static dev.cxmon.simulator.SimulatorHarness.json;
import static dev.cxmon.simulator.SimulatorHarness.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AgentStateRoutesTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00.123Z");

    private static SimulatorHarness sim;
    private static String supervisor;

    @BeforeAll
    static void start() {
        sim = SimulatorHarness.start(SimulatorOptions.defaults().withClock(new MutableClock(START)));
        supervisor = sim.token("demo-supervisor");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void perAgentRecordHasCxoneShapeWithStringIds() {
        JsonNode record = okJson(sim.api("agents/1001/states", supervisor)).get("agentStates").get(0);
        assertThat(record.get("agentId").isTextual()).isTrue();
        assertThat(record.get("agentId").asText()).isEqualTo("1001");
        assertThat(record.get("agentStateId").isTextual()).isTrue();
        assertThat(record.get("agentStateId").asText()).isEqualTo("1");
        assertThat(record.get("agentStateName").asText()).isEqualTo("Available");
        assertThat(record.get("userId").asText()).isEqualTo(DemoTenant.AVAILABLE.toString());
        assertThat(record.get("isActive").asText()).isEqualTo("True");
        assertThat(record.get("lastUpdateTime").asText()).isEqualTo("2026-11-25T10:00:00.123Z");
        assertThat(record.get("startDate").asText()).isEqualTo("2026-11-25T10:00:00.123Z");
        assertThat(record.get("teamName").asText()).isEqualTo("Sales");
        for (String field : new String[] {"contactId", "firstName", "lastName", "userName", "isOutbound", "mediaName",
                "outStateCode", "outStateDescription", "skillId", "skillName", "stationPhoneNumber", "teamId"}) {
            assertThat(record.has(field)).as(field).isTrue();
        }
    }

    @Test
    void loggedInIsNotAvailable() {
        JsonNode record = json(sim.api("agents/1002/states", supervisor)).get("agentStates").get(0);

        assertThat(record.get("agentStateId").asText()).isEqualTo("8");
        assertThat(record.get("agentStateName").asText()).isEqualTo("LoggedIn");
    }

    @Test
    void unavailableCarriesTheReason() {
        JsonNode record = json(sim.api("agents/1003/states", supervisor)).get("agentStates").get(0);

        assertThat(record.get("agentStateName").asText()).isEqualTo("Unavailable");
        assertThat(record.get("outStateDescription").asText()).isEqualTo("Break");
    }

    @Test
    void agentOnACallHasAContact() {
        JsonNode record = json(sim.api("agents/1004/states", supervisor)).get("agentStates").get(0);

        assertThat(record.get("agentStateName").asText()).isEqualTo("InboundContact");
        assertThat(record.get("contactId").asLong()).isEqualTo(4580001);
        assertThat(record.get("skillName").asText()).isEqualTo("Sales Inbound");
    }

    @Test
    void loggedOutAgentIs404ByDefault() {
        HttpResponse<String> response = sim.api("agents/1005/states", supervisor);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).isEqualTo("NotFound");
    }

    @Test
    void fieldsLimitsTheStateRecord() {
        JsonNode record = json(sim.api("agents/1001/states?fields=agentId,agentStateName", supervisor))
                .get("agentStates").get(0);

        assertThat(record.size()).isEqualTo(2);
        assertThat(record.get("agentStateName").asText()).isEqualTo("Available");
    }

    @Test
    void bulkWithoutUpdatedSinceListsEveryAgentWithASkill() {
        JsonNode body = okJson(sim.api("agents/states", supervisor));
        assertThat(body.get("agentStates")).extracting(r -> r.get("agentId").asText())
                .containsExactly("1000", "1001", "1002", "1003", "1004", "1005", "1006");
        assertThat(body.get("lastPollTime").asText()).isEqualTo("2026-11-25T10:00:00.123Z");
        JsonNode loggedOut = body.get("agentStates").get(5);
        assertThat(loggedOut.get("agentStateName").asText()).isEqualTo("LoggedOut");
    }

    @Test
    void bulkFromTheEpochListsEveryAgentWithASkill() {
        JsonNode body = json(sim.api("agents/states?updatedSince=1970-01-01T00:00:00.000Z", supervisor));

        assertThat(body.get("agentStates")).hasSize(7);
    }

    @Test
    void cacheUsesTheResultSetEnvelope() {
        JsonNode resultSet = okJson(sim.api("cache/agentstate?updatedSince=1970-01-01T00:00:00.000Z", supervisor)).get("resultSet");
        assertThat(resultSet.get("agentState")).hasSize(7);
        assertThat(resultSet.get("lastPollTime").asText()).isEqualTo("2026-11-25T10:00:00.123Z");
    }

    @Test
    void offsetTimestampsAreAccepted() {
        HttpResponse<String> response = sim.api(
                "agents/states?updatedSince=" + encode("2026-11-25T09:00:00+00:00"), supervisor);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("agentStates")).hasSize(7);
    }

    @Test
    void malformedUpdatedSinceIs400() {
        for (String bad : new String[] {"yesterday", "2026-11-25", "1732528800"}) {
            HttpResponse<String> response = sim.api("agents/states?updatedSince=" + encode(bad), supervisor);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(json(response).get("error_description").asText()).contains("updatedSince");
            assertThat(sim.api("cache/agentstate?updatedSince=" + encode(bad), supervisor).statusCode()).isEqualTo(400);
        }
    }

    @Test
    void updatedSinceAtOrAfterEveryChangeIs304() {
        HttpResponse<String> response = sim.api("agents/states?updatedSince=2026-11-25T10:00:00.123Z", supervisor);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(sim.api("cache/agentstate?updatedSince=2026-11-25T11:00:00.000Z", supervisor).statusCode()).isEqualTo(304);
    }
}
