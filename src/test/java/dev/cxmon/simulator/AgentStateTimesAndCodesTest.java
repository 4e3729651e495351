package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static dev.cxmon.simulator.SimulatorHarness.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an agent-state record says about time and reasons: {@code startDate} (when the current state began),
 * {@code sessionStartTime} (bulk only: when the login began), the tenant's unavailable codes in {@code outStateId} /
 * {@code outStateDescription}, and {@code isACW}. The clock stands still unless a test moves it.
 */
class AgentStateTimesAndCodesTest extends SimulatorPerTestOnStandingClock {

    private static final long BREAK = 11;
    private static final long LUNCH = 12;
    private static final long TRAINING = 13;
    private static final long AFTER_CALL_WORK = 20;

    @Test
    void theDemoTenantDefinesItsUnavailableCodesAndTheControlRouteListsThem() {
        JsonNode codes = okJson(sim.get("/simulator/tenant")).get("unavailableCodes");

        Map<String, Long> byName = new HashMap<>();
        Map<String, Boolean> acw = new HashMap<>();
        codes.forEach(code -> {
            byName.put(code.get("name").asText(), code.get("id").asLong());
            acw.put(code.get("name").asText(), code.get("isACW").asBoolean());
        });
        assertThat(byName).containsEntry("Break", BREAK).containsEntry("Lunch", LUNCH).containsEntry("Training", TRAINING)
                .containsEntry("Meeting", 14L).containsEntry("After Call Work", AFTER_CALL_WORK);
        assertThat(acw).containsEntry("After Call Work", true).containsEntry("Break", false);
        assertThat(acw.values()).as("one after-call-work code").containsOnlyOnce(true);
    }

    @Test
    void anUnavailableRecordCarriesItsCodesIdAndNameInBothViews() {
        JsonNode perAgent = state(1003);
        JsonNode bulk = bulk().get(1003L);

        for (JsonNode record : new JsonNode[] {perAgent, bulk}) {
            assertThat(record.get("outStateId").asLong()).isEqualTo(BREAK);
            assertThat(record.get("outStateDescription").asText()).isEqualTo("Break");
            assertThat(record.get("isACW").asBoolean()).isFalse();
        }
        JsonNode available = state(1001);
        assertThat(available.get("outStateId").isNull()).as("no code outside Unavailable").isTrue();
        assertThat(available.get("outStateDescription").isNull()).isTrue();
        assertThat(available.get("isACW").asBoolean()).isFalse();
    }

    @Test
    void afterCallWorkIsTheTenantsAcwCodeAndFlaggedIsAcw() {
        sim.simulator.setAgentState(1001, 2, "After Call Work");
        assertThat(state(1001).get("isACW").asBoolean()).isTrue();
        assertThat(state(1001).get("outStateId").asLong()).isEqualTo(AFTER_CALL_WORK);
        assertThat(bulk().get(1001L).get("isACW").asBoolean()).isTrue();

        HttpResponse<String> acw = sim.send("PUT", "/simulator/agents/1004/state", "{\"isACW\":true}");
        assertThat(acw.statusCode()).as(acw.body()).isEqualTo(200);
        assertThat(json(acw).get("agentStateId").asText()).isEqualTo("2");
        assertThat(json(acw).get("isACW").asBoolean()).isTrue();
        assertThat(json(acw).get("outStateDescription").asText()).isEqualTo("After Call Work");
        assertThat(state(1004).get("isACW").asBoolean()).isTrue();

        HttpResponse<String> byId = sim.send("PUT", "/simulator/agents/1004/state", "{\"agentStateId\":\"2\",\"outStateId\":13}");
        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(200);
        assertThat(state(1004).get("outStateDescription").asText()).isEqualTo("Training");
        assertThat(state(1004).get("outStateId").asLong()).isEqualTo(TRAINING);
        assertThat(state(1004).get("isACW").asBoolean()).isFalse();

        HttpResponse<String> lowerCase = sim.send("PUT", "/simulator/agents/1004/state",
                "{\"agentStateId\":2,\"outStateDescription\":\"after call work\",\"isACW\":true}");
        assertThat(lowerCase.statusCode()).as(lowerCase.body()).isEqualTo(200);
        assertThat(state(1004).get("outStateDescription").asText()).as("the code's own spelling").isEqualTo("After Call Work");

        sim.send("PUT", "/simulator/agents/1004/state", "{\"agentStateId\":1}");
        assertThat(state(1004).get("isACW").asBoolean()).isFalse();
        assertThat(state(1004).get("outStateId").isNull()).isTrue();
    }

    @Test
    void stateChangesNamingNoCodeOfTheTenantOrContradictingThemselvesAreRefused() {
        assertRefused("{\"agentStateId\":2,\"outStateDescription\":\"Coffee\"}", "Coffee", "Break", "After Call Work");
        assertRefused("{\"agentStateId\":2,\"outStateId\":99}", "99");
        assertRefused("{\"agentStateId\":1,\"outStateDescription\":\"Break\"}", "Unavailable (2)");
        assertRefused("{\"agentStateId\":2,\"outStateDescription\":\"Break\",\"isACW\":true}", "Break", "after-call work");
        assertRefused("{\"agentStateId\":2,\"outStateDescription\":\"After Call Work\",\"isACW\":false}", "isACW");
        assertRefused("{\"agentStateId\":3,\"isACW\":true}", "Unavailable (2)");
        assertRefused("{\"agentStateId\":2,\"outStateDescription\":\"Lunch\",\"outStateId\":11}", "Lunch", "11");
        assertRefused("{\"agentStateId\":2,\"isACW\":\"maybe\"}", "isACW");
        assertThatThrownBy(() -> sim.simulator.setAgentState(1001, 2, "Coffee"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Coffee").hasMessageContaining("Lunch");
        assertThatThrownBy(() -> sim.simulator.setAgentState(1001, 1, "Break"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unavailable (2)");
        assertThat(state(1001).get("agentStateId").asText()).as("nothing changed").isEqualTo("1");

        HttpResponse<String> noReason = sim.send("PUT", "/simulator/agents/1001/state", "{\"agentStateId\":2}");
        assertThat(noReason.statusCode()).as("Unavailable without a code is still possible").isEqualTo(200);
        assertThat(json(noReason).get("outStateId").isNull()).isTrue();
    }

    @Test
    void startDateIsWhenTheCurrentStateBeganAndStaysWhileTheStateStays() {
        assertThat(instant(state(1001), "startDate")).isEqualTo(START);

        clock.advance(Duration.ofSeconds(10));
        put(1001, "{\"agentStateId\":2,\"outStateDescription\":\"Break\"}");
        assertThat(instant(state(1001), "startDate")).isEqualTo(START.plusSeconds(10));

        clock.advance(Duration.ofSeconds(20));
        JsonNode again = put(1001, "{\"agentStateId\":2,\"outStateDescription\":\"Break\"}");
        assertThat(instant(again, "startDate")).as("the same state again").isEqualTo(START.plusSeconds(10));
        assertThat(instant(again, "lastUpdateTime")).isEqualTo(START.plusSeconds(30));

        clock.advance(Duration.ofSeconds(5));
        put(1001, "{\"agentStateId\":2,\"outStateDescription\":\"Lunch\"}");
        assertThat(instant(state(1001), "startDate")).as("another reason is another state").isEqualTo(START.plusSeconds(35));

        clock.advance(Duration.ofSeconds(5));
        put(1001, "{\"isACW\":true}");
        assertThat(instant(state(1001), "startDate")).isEqualTo(START.plusSeconds(40));

        clock.advance(Duration.ofSeconds(5));
        sim.simulator.setAgentState(1001, 1, null);
        assertThat(instant(state(1001), "startDate")).isEqualTo(START.plusSeconds(45));
        assertThat(instant(bulk().get(1001L), "startDate")).as("the bulk record agrees").isEqualTo(START.plusSeconds(45));

        clock.advance(Duration.ofSeconds(5));
        JsonNode onCall = put(1004, "{\"agentStateId\":3}");
        assertThat(instant(onCall, "startDate")).as("still on the same contact").isEqualTo(START);
        assertThat(onCall.get("contactId").asLong()).isEqualTo(4580001);
        assertThat(instant(state(1003), "startDate")).as("an agent nobody changed").isEqualTo(START);
    }

    @Test
    void sessionStartTimeIsWhenTheLoginBeganAndOnlyTheBulkRecordHasIt() {
        assertThat(instant(bulk().get(1001L), "sessionStartTime")).as("logged in from the start").isEqualTo(START);
        assertThat(bulk().get(1005L).get("sessionStartTime").isNull()).as("logged out: no session").isTrue();

        clock.advance(Duration.ofSeconds(60));
        sim.simulator.setAgentState(1005, 8, null);
        Instant login = START.plusSeconds(60);
        assertThat(instant(bulk().get(1005L), "sessionStartTime")).isEqualTo(login);

        for (String change : new String[] {"{\"agentStateId\":1}", "{\"agentStateId\":2,\"outStateDescription\":\"Break\"}",
                "{\"isACW\":true}", "{\"agentStateId\":4}"}) {
            clock.advance(Duration.ofSeconds(30));
            put(1005, change);
            JsonNode record = bulk().get(1005L);
            assertThat(instant(record, "sessionStartTime")).as("after %s", change).isEqualTo(login);
            assertThat(instant(record, "startDate")).as("after %s", change).isEqualTo(clock.instant());
        }

        clock.advance(Duration.ofSeconds(30));
        sim.simulator.setAgentState(1005, 0, null);
        assertThat(bulk().get(1005L).get("sessionStartTime").isNull()).isTrue();
        clock.advance(Duration.ofSeconds(30));
        sim.simulator.setAgentState(1005, 1, null);
        assertThat(instant(bulk().get(1005L), "sessionStartTime")).as("a new login").isEqualTo(clock.instant());

        JsonNode perAgent = state(1005);
        assertThat(perAgent.has("sessionStartTime")).as("not in the per-agent record").isFalse();
        assertThat(perAgent.has("mediaName")).isTrue();
        assertThat(perAgent.has("mediaTypeName")).isFalse();
    }

    @Test
    void fieldsSelectsTheNewFieldsWhereTheOpenApiDocumentsThem() {
        JsonNode record = okJson(sim.api("agents/states?fields=agentId,sessionStartTime,isACW,outStateId", supervisor))
                .get("agentStates").get(0);
        assertThat(record.properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("agentId", "sessionStartTime", "isACW", "outStateId");

        assertThat(sim.api("agents/1001/states?fields=agentId,sessionStartTime", supervisor).statusCode())
                .as("sessionStartTime is not a field of the per-agent record").isEqualTo(400);
    }

    private void assertRefused(String body, String... saying) {
        HttpResponse<String> response = sim.send("PUT", "/simulator/agents/1001/state", body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        String description = json(response).get("error_description").asText();
        for (String part : saying) {
            assertThat(description).as(body).contains(part);
        }
    }

    private JsonNode put(long agentId, String body) {
        HttpResponse<String> response = sim.send("PUT", "/simulator/agents/" + agentId + "/state", body);
        assertThat(response.statusCode()).as(body + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    private JsonNode state(long agentId) {
        return okJson(sim.api("agents/" + agentId + "/states", supervisor)).get("agentStates").get(0);
    }

    private Map<Long, JsonNode> bulk() {
        Map<Long, JsonNode> records = new HashMap<>();
        okJson(sim.api("agents/states", supervisor)).get("agentStates").forEach(r -> records.put(r.get("agentId").asLong(), r));
        return records;
    }

    private static Instant instant(JsonNode record, String field) {
        return Instant.parse(record.get(field).asText());
    }
}
