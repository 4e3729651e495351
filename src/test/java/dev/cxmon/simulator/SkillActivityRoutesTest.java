package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET skills/activity in the shape of NICE's OpenAPI: pages (top, skip, _links.next), documented fields only,
 * updatedSince with 304, a permission of its own, agent counts from the live agent states, and the scripted queue.
 */
class SkillActivityRoutesTest extends SimulatorPerTestOnStandingClock {

    @Override
    SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withPageSize(2);
    }

    /** Every page, followed by _links.next: skillId to record. */
    private Map<String, JsonNode> allSkills(String firstResource) {
        Map<String, JsonNode> skills = new LinkedHashMap<>();
        String resource = firstResource;
        while (resource != null) {
            JsonNode page = json(sim.api(resource, supervisor));
            assertThat(page.get("skillActivity").size()).isLessThanOrEqualTo(2);
            page.get("skillActivity").forEach(s -> skills.put(s.get("skillId").asText(), s));
            JsonNode next = page.get("_links").get("next");
            resource = next == null ? null : relative(next.asText());
        }
        return skills;
    }

    private static String relative(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath().replaceFirst("(?i)^/incontactapi/services/v[0-9.]+/", "") + "?" + uri.getRawQuery();
    }

    @Test
    void everySkillComesInPagesWithTheOpenApiFields() {
        JsonNode first = json(sim.api("skills/activity", supervisor));
        assertThat(first.get("totalRecords").asInt()).isEqualTo(5);
        assertThat(first.get("lastPollTime").asText()).isEqualTo("2026-11-25T10:00:00.000Z");
        assertThat(first.get("_links").get("next").asText()).contains("skip=2").contains("top=2");

        Map<String, JsonNode> skills = allSkills("skills/activity");
        assertThat(skills).containsOnlyKeys("2001", "2002", "2003", "2004", "2005");
        JsonNode email = skills.get("2005");
        assertThat(email.get("skillName").asText()).isEqualTo("Support Email");
        assertThat(email.get("mediaTypeName").asText()).isEqualTo("Email");
        assertThat(email.get("isOutbound").asText()).isEqualTo("False");
        assertThat(email.get("serverTime").asText()).isEqualTo("2026-11-25T10:00:00.000Z");
        assertThat(email.get("serviceLevelThreshold").asInt()).isEqualTo(6);
        assertThat(skills.get("2001").get("isOutbound").asText()).isEqualTo("True");
        List<String> names = new ArrayList<>();
        email.fieldNames().forEachRemaining(names::add);
        assertThat(names).allMatch(DocumentedFields.SKILL_ACTIVITY::documents);
    }

    @Test
    void agentCountsComeFromTheLiveStatesOfTheAgentsHoldingTheSkill() {
        Map<String, JsonNode> skills = allSkills("skills/activity");
        // 2002 Sales Inbound: 1001 Available, 1004 InboundContact, 1005 LoggedOut
        assertCounts(skills.get("2002"), 1, 0, 1, 0, 2);
        // 2004 Support Inbound: 1002 LoggedIn (8), 1003 on Break, 1006 LoggedOut
        assertCounts(skills.get("2004"), 0, 2, 0, 0, 2);

        sim.simulator.setAgentState(1003, 2, "After Call Work");
        sim.simulator.setAgentState(1002, 1, null);
        assertCounts(allSkills("skills/activity").get("2004"), 1, 0, 0, 1, 2);
    }

    private static void assertCounts(JsonNode skill, int available, int unavailable, int working, int acw, int loggedIn) {
        assertThat(List.of(skill.get("agentsAvailable").asInt(), skill.get("agentsUnavailable").asInt(), skill.get("agentsWorking").asInt(),
                skill.get("agentsACW").asInt(), skill.get("agentsLoggedIn").asInt()))
                .as("available, unavailable, working, ACW, logged in of skill " + skill.get("skillId"))
                .containsExactly(available, unavailable, working, acw, loggedIn);
    }

    @Test
    void theQueueGrowsWhileNoAgentIsAvailableAndEmptiesWhenOneIs() {
        // 2005 Support Email: only 1003 holds it, on Break; one contact arrives per step
        for (int step = 0; step < 3; step++) {
            clock.advance(Duration.ofSeconds(30));
            sim.simulator.stepSkillQueues();
        }
        clock.advance(Duration.ofSeconds(5));
        JsonNode email = allSkills("skills/activity").get("2005");
        assertThat(email.get("queueCount").asInt()).isEqualTo(3);
        assertThat(email.get("earliestQueueTime").asText()).isEqualTo("2026-11-25T10:00:30.000Z");
        assertThat(email.get("serverTime").asText()).isEqualTo("2026-11-25T10:01:35.000Z");
        assertThat(email.get("agentsAvailable").asInt()).isZero();
        assertThat(email.get("serviceLevel").asInt()).as("nothing answered yet").isEqualTo(100);

        sim.simulator.setAgentState(1003, 1, null);
        clock.advance(Duration.ofSeconds(25));
        sim.simulator.stepSkillQueues();
        email = allSkills("skills/activity").get("2005");
        assertThat(email.get("queueCount").asInt()).isZero();
        assertThat(email.get("earliestQueueTime").isNull()).isTrue();
        assertThat(email.get("outSLA").asInt()).as("three waited more than 6 s").isEqualTo(3);
        assertThat(email.get("inSLA").asInt()).as("the step's own arrival was answered at once").isEqualTo(1);
        assertThat(email.get("serviceLevel").asInt()).isEqualTo(25);
        assertThat(sim.simulator.skillQueueSteps()).isEqualTo(4);
    }

    @Test
    void theScriptedDayStepsTheQueuesWithTheAgents() {
        try (ScriptedDay day = new ScriptedDay(sim.simulator)) {
            day.step();
            day.step();
        }
        assertThat(sim.simulator.skillQueueSteps()).isEqualTo(2);
        assertThat(allSkills("skills/activity").get("2002").get("inSLA").asInt() + allSkills("skills/activity").get("2002").get("queueCount").asInt())
                .as("Sales Inbound's contacts of steps 1 and 2 (arrivals[1] = 2, arrivals[2] = 0) are answered or waiting").isEqualTo(2);
    }

    @Test
    void updatedSinceListsOnlySkillsThatChangedAndNothingChangedIsA304() {
        String lastPollTime = json(sim.api("skills/activity", supervisor)).get("lastPollTime").asText();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sim.api("skills/activity?updatedSince=" + lastPollTime, supervisor).statusCode()).isEqualTo(304);

        sim.simulator.setAgentState(1001, 2, "Break");
        JsonNode delta = json(sim.api("skills/activity?updatedSince=" + lastPollTime, supervisor));
        assertThat(delta.get("skillActivity")).extracting(s -> s.get("skillId").asText()).containsExactly("2002", "2003");
    }

    @Test
    void fieldsKeepsOnlyDocumentedNamesAndRefusesOthers() {
        JsonNode skill = json(sim.api("skills/activity?fields=skillId,queueCount", supervisor)).get("skillActivity").get(0);
        List<String> names = new ArrayList<>();
        skill.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("skillId", "queueCount");
        HttpResponse<String> refused = sim.api("skills/activity?fields=skillId,agentsAvaliable", supervisor);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("error_description").asText()).contains("agentsAvaliable");
    }

    @Test
    void aKeyWithoutTheSkillActivityPermissionGetsA403() {
        HttpResponse<String> refused = sim.api("skills/activity", sim.token("demo-noscope"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("skillActivity");
    }
}
