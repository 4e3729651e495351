package dev.cxmon.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.cxmon.config.ConnectionSettingsFactory;
import dev.cxmon.demo.SimulatorLauncher;
import dev.cxmon.monitor.MonitorSettings;
import dev.cxmon.monitor.PollSchedule;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterPoller;
import dev.cxmon.testing.ConfigProfile;
import dev.cxmon.testing.TestHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/agents/{ref}: one roster agent as the list shows it, plus its last changes (cxone.api.history-size, here 3),
 * driven by changing the agent's state in the embedded simulator between polls.
 */
@QuarkusTest
@TestProfile(AgentDetailApiTest.SmallHistory.class)
class AgentDetailApiTest {

    private static final String TOKEN = "detail-api-token-456";

    public static class SmallHistory extends ConfigProfile {
        public SmallHistory() {
            super("cxone.api-token", TOKEN, "cxone.api.history-size", "3");
        }
    }

    @Inject
    RosterPoller poller;

    @Inject
    ConnectionSettingsFactory connection;

    @Inject
    SimulatorLauncher simulator;

    @BeforeEach
    void pollTheRoster() throws Exception {
        setState(1001, 1, null);
        poller.configure(new MonitorSettings(List.of(RosterEntry.of("1001"), RosterEntry.of("1003"), RosterEntry.of("9999")),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 2, Duration.ofMinutes(10), true),
                connection.fromConfig());
        poller.pollOnce();
    }

    @Test
    void theHistoryHoldsTheLastChangesNewestFirstBoundedByTheConfiguredSize() throws Exception {
        setState(1001, 2, "Lunch");
        poller.pollOnce();
        poller.pollOnce(); // the same state again: no entry
        setState(1001, 2, "Break");
        poller.pollOnce();
        setState(1001, 1, null);
        poller.pollOnce();

        JsonPath agent = detail("1001");
        assertThat(agent.getList("history")).as("cxone.api.history-size=3").hasSize(3);
        assertThat(agent.getList("history.availability")).containsExactly("AVAILABLE", "UNAVAILABLE", "UNAVAILABLE");
        assertThat(agent.<String>getList("history.reason")).containsExactly(null, "Break", "Lunch");
        assertThat(agent.getList("history.status")).containsOnly("LOGGED_IN");
        assertThat(agent.getList("history.cxoneState")).containsExactly("Available (1)", "Unavailable (2)", "Unavailable (2)");
        List<Instant> times = agent.<String>getList("history.at").stream().map(Instant::parse).toList();
        assertThat(times).as("newest first").isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(agent.getString("history[0].error")).isNull();
    }

    @Test
    void theAgentIsTheObjectTheListShowsPlusItsHistory() {
        Map<String, Object> fromList = given().header("Authorization", "Bearer " + TOKEN).when().get("/api/agents").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.ref == '1003' }");
        Map<String, Object> one = new HashMap<>(detail("1003").getMap(""));

        assertThat(one.remove("history")).asList().isNotEmpty();
        assertThat(one).isEqualTo(fromList);
        assertThat(one).containsEntry("availability", "UNAVAILABLE").containsEntry("reason", "Break").containsEntry("agentId", 1003);
        assertThat(detail("1003").getString("history[0].reason")).isEqualTo("Break");
    }

    @Test
    void anErrorEntryNamesItsReasonAndDiagnosisCode() {
        JsonPath agent = detail("9999");
        assertThat(agent.getString("status")).isEqualTo("ERROR");
        assertThat(agent.getString("history[0].status")).isEqualTo("ERROR");
        assertThat(agent.getString("history[0].availability")).isEqualTo("UNKNOWN");
        assertThat(agent.getString("history[0].error.reason")).isEqualTo("agent_id");
        assertThat(agent.getString("history[0].error.code")).isEqualTo("AGENT_NOT_FOUND");
        assertThat(agent.getString("history[0].error.message")).as("no server text in the history").isNull();
    }

    @Test
    void theUserNameFindsTheAgentWhateverItsCase() {
        assertThat(detail("available@demo.example").getLong("agentId")).isEqualTo(1001);
        assertThat(detail("AVAILABLE@Demo.Example").getLong("agentId")).isEqualTo(1001);
        // As a browser or curl sends it: percent-encoded, decoded by the server.
        given().urlEncodingEnabled(false).header("Authorization", "Bearer " + TOKEN).when().get("/api/agents/available%40demo.example")
                .then().statusCode(200)
                .body("ref", equalTo("1001"));
    }

    @Test
    void anUnknownRefIsA404NamingItAndTheList() {
        given().header("Authorization", "Bearer " + TOKEN).when().get("/api/agents/nobody@demo.example").then().statusCode(404)
                .contentType("application/json")
                .header("Cache-Control", equalTo("no-store"))
                .body("error", containsString("'nobody@demo.example' is not in the roster"))
                .body("error", containsString("GET /api/agents"));
        given().header("Authorization", "Bearer " + TOKEN).when().get("/api/agents/1002").then().statusCode(404)
                .body("error", containsString("'1002' is not in the roster"));
    }

    @Test
    void theAgentNeedsTheApiToken() {
        given().when().get("/api/agents/1001").then().statusCode(401).header("WWW-Authenticate", notNullValue())
                .body(org.hamcrest.Matchers.not(containsString("demo.example")));
        given().header("Authorization", "Bearer wrong").when().get("/api/agents/1001").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").when().get("/api/agents/nobody").then().statusCode(401);
    }

    private static JsonPath detail(String ref) {
        return given().header("Authorization", "Bearer " + TOKEN).when().get("/api/agents/{ref}", ref).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store")).extract().jsonPath();
    }

    /** Changes the agent's state in the simulator through its control route, as a demo or a test does. */
    private void setState(long agentId, int stateId, String reason) throws Exception {
        String body = "{\"agentStateId\":" + stateId + (reason == null ? "" : ",\"outStateDescription\":\"" + reason + "\"") + "}";
        HttpResponse<String> answer = TestHttp.client().send(HttpRequest.newBuilder(
                        URI.create(simulator.running().baseUrl() + "/simulator/agents/" + agentId + "/state"))
                .timeout(TestHttp.REQUEST_TIMEOUT).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
