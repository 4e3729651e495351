package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.encode;
import static dev.cxmon.simulator.SimulatorHarness.json;
import static dev.cxmon.simulator.SimulatorHarness.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The updatedSince / lastPollTime protocol: the main real cause of "agents/states returns []". */
class DeltaSemanticsTest extends SimulatorPerTestOnStandingClock {

    @Test
    void fullListThenNotModifiedThenOnlyTheChangedAgent() {
        JsonNode full = json(sim.api("agents/states?updatedSince=1970-01-01T00:00:00.000Z", supervisor));
        assertThat(full.get("agentStates")).hasSize(7);
        String lastPollTime = full.get("lastPollTime").asText();

        clock.advance(Duration.ofSeconds(5));
        HttpResponse<String> unchanged = poll(lastPollTime);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        sim.simulator.setAgentState(1001, 2, "Lunch");
        HttpResponse<String> changed = poll(lastPollTime);
        JsonNode body = okJson(changed);
        assertThat(body.get("agentStates")).hasSize(1);
        JsonNode record = body.get("agentStates").get(0);
        assertThat(record.get("agentId").asText()).isEqualTo("1001");
        assertThat(record.get("agentStateName").asText()).isEqualTo("Unavailable");
        assertThat(record.get("outStateDescription").asText()).isEqualTo("Lunch");
        assertThat(record.get("lastUpdateTime").asText()).isEqualTo("2026-11-25T10:00:10.000Z");
        assertThat(body.get("lastPollTime").asText()).isEqualTo("2026-11-25T10:00:10.000Z");

        assertThat(poll(body.get("lastPollTime").asText()).statusCode()).isEqualTo(304);
    }

    @Test
    void aClientClockAheadOfTheServerNeverSeesChanges() {
        sim.simulator.setAgentState(1005, 1, null);

        assertThat(poll("2026-11-25T10:05:00.000Z").statusCode()).isEqualTo(304);
    }

    @Test
    void changeInTheSameMillisecondAsAPollIsNotLost() {
        String lastPollTime = json(sim.api("agents/states", supervisor)).get("lastPollTime").asText();

        sim.simulator.setAgentState(1002, 1, null);

        JsonNode body = json(poll(lastPollTime));
        assertThat(body.get("agentStates")).extracting(r -> r.get("agentId").asText()).containsExactly("1002");
        assertThat(body.get("lastPollTime").asText()).isEqualTo("2026-11-25T10:00:00.001Z");
        assertThat(poll(body.get("lastPollTime").asText()).statusCode()).isEqualTo(304);
    }

    @Test
    void changeOfAnAgentWithoutSkillsIsInvisibleToTheBulkCall() {
        String lastPollTime = json(sim.api("agents/states", supervisor)).get("lastPollTime").asText();
        clock.advance(Duration.ofSeconds(1));

        sim.simulator.setAgentState(1007, 2, "Break");

        assertThat(poll(lastPollTime).statusCode()).isEqualTo(304);
        assertThat(json(sim.api("agents/1007/states", supervisor)).get("agentStates").get(0).get("agentStateName").asText())
                .isEqualTo("Unavailable");
    }

    @Test
    void cacheEndpointFollowsTheSameDelta() {
        String lastPollTime = json(sim.api("cache/agentstate", supervisor)).get("resultSet").get("lastPollTime").asText();
        clock.advance(Duration.ofSeconds(1));
        sim.simulator.setAgentState(1004, 1, null);

        JsonNode resultSet = json(sim.api("cache/agentstate?updatedSince=" + encode(lastPollTime), supervisor)).get("resultSet");

        assertThat(resultSet.get("agentState")).extracting(r -> r.get("agentId").asText()).containsExactly("1004");
        assertThat(resultSet.get("agentState").get(0).get("contactId").isNull()).isTrue();
    }

    @Test
    void followingLastPollTimeNeverMissesConcurrentChanges() throws Exception {
        try (SimulatorHarness live = SimulatorHarness.start()) {
            String liveToken = live.token("demo-supervisor");
            long[] agents = {1000, 1001, 1002, 1003, 1004, 1005, 1006};
            Map<String, String> seen = new HashMap<>();
            JsonNode first = json(live.api("agents/states", liveToken));
            first.get("agentStates").forEach(r -> seen.put(r.get("agentId").asText(), r.get("agentStateId").asText()));
            String lastPollTime = first.get("lastPollTime").asText();

            ExecutorService changer = Executors.newSingleThreadExecutor();
            Future<?> changes = changer.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    long agent = agents[ThreadLocalRandom.current().nextInt(agents.length)];
                    live.simulator.setAgentState(agent, ThreadLocalRandom.current().nextInt(9), null);
                }
            });
            while (!changes.isDone()) {
                lastPollTime = pollInto(live, liveToken, lastPollTime, seen);
            }
            changes.get();
            changer.shutdown();
            pollInto(live, liveToken, lastPollTime, seen);

            for (long agent : agents) {
                String actual = String.valueOf(live.simulator.tenant().agentState(agent).orElseThrow().stateId().id());
                assertThat(seen.get(String.valueOf(agent))).as("agent %d", agent).isEqualTo(actual);
            }
        }
    }

    private static String pollInto(SimulatorHarness live, String token, String since, Map<String, String> seen) {
        HttpResponse<String> response = live.api("agents/states?updatedSince=" + encode(since), token);
        if (response.statusCode() == 304) {
            return since;
        }
        JsonNode body = okJson(response);
        body.get("agentStates").forEach(r -> seen.put(r.get("agentId").asText(), r.get("agentStateId").asText()));
        return body.get("lastPollTime").asText();
    }

    private HttpResponse<String> poll(String updatedSince) {
        return sim.api("agents/states?updatedSince=" + encode(updatedSince), supervisor);
    }
}
