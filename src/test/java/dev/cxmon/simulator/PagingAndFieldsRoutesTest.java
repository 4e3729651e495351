package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** agents/states and agents page as NICE's OpenAPI describes (top, skip, totalRecords, _links); fields= takes only documented names. */
class PagingAndFieldsRoutesTest {

    private static SimulatorHarness sim;
    private static String supervisor;

    @BeforeAll
    static void start() {
        sim = SimulatorHarness.start(SimulatorOptions.defaults().withPageSize(3));
        supervisor = sim.token("demo-supervisor");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void bulkStatesComeInPagesLinkedByNext() {
        List<String> agentIds = new ArrayList<>();
        String resource = "agents/states?updatedSince=1970-01-01T00:00:00.000Z";
        int pages = 0;
        while (resource != null) {
            JsonNode page = json(sim.api(resource, supervisor));
            pages++;
            assertThat(page.get("totalRecords").asInt()).as("1000..1006 have a skill, 1007 none").isEqualTo(7);
            assertThat(page.get("agentStates").size()).isLessThanOrEqualTo(3);
            page.get("agentStates").forEach(r -> agentIds.add(r.get("agentId").asText()));
            JsonNode next = page.get("_links").get("next");
            resource = next == null ? null : relative(next.asText());
        }
        assertThat(pages).isEqualTo(3);
        assertThat(agentIds).containsExactly("1000", "1001", "1002", "1003", "1004", "1005", "1006");
    }

    @Test
    void topAsksForFewerThanAPageAndSkipMovesOn() {
        JsonNode page = json(sim.api("agents/states?top=2&skip=5", supervisor));
        assertThat(page.get("agentStates")).extracting(r -> r.get("agentId").asText()).containsExactly("1005", "1006");
        assertThat(page.get("_links").has("next")).isFalse();
        assertThat(json(sim.api("agents/states?top=500", supervisor)).get("agentStates").size()).as("never more than the page size").isEqualTo(3);
    }

    @Test
    void theAgentsListPagesToo() {
        JsonNode page = json(sim.api("agents?skip=6", supervisor));
        assertThat(page.get("totalRecords").asInt()).isEqualTo(8);
        assertThat(page.get("agents")).extracting(a -> a.get("agentId").asText()).containsExactly("1006", "1007");
        assertThat(page.get("_links").has("next")).isFalse();
        assertThat(json(sim.api("agents", supervisor)).get("_links").get("next").asText()).contains("skip=3").contains("top=3");
    }

    @Test
    void anUndocumentedFieldNameIsABadRequestNamingTheParameter() {
        HttpResponse<String> bulk = sim.api("agents/states?fields=agentId,outStateCode,userId", supervisor);
        assertThat(bulk.statusCode()).isEqualTo(400);
        assertThat(json(bulk).get("error").asText()).isEqualTo("InvalidParameter");
        assertThat(json(bulk).get("error_description").asText()).startsWith("fields: ").contains("outStateCode").contains("userId")
                .doesNotContain("agentId");

        assertThat(sim.api("agents/1001/states?fields=agentId,mediaTypeName", supervisor).statusCode())
                .as("mediaTypeName is the bulk record's name; the per-agent record has mediaName").isEqualTo(400);
        JsonNode perAgent = json(sim.api("agents/1001/states?fields=agentId,mediaName,outStateId", supervisor)).get("agentStates").get(0);
        assertThat(perAgent.has("outStateId")).isTrue();
        JsonNode record = json(sim.api("agents/states?fields=agentId,AGENTSTATEID,mediaTypeName,outStateId,isACW", supervisor))
                .get("agentStates").get(0);
        assertThat(record.has("agentStateId")).as("names match without regard to case").isTrue();
        assertThat(record.has("mediaTypeName")).isTrue();
        assertThat(record.has("userId")).isFalse();
    }

    @Test
    void cacheAgentstateIsNotInTheOpenApiAndTakesAnyFieldName() {
        assertThat(sim.api("cache/agentstate?fields=agentId,outStateCode", supervisor).statusCode()).isEqualTo(200);
    }

    private static String relative(String next) {
        URI url = URI.create(next);
        return url.getRawPath().substring(SimulatorHarness.API.length()) + "?" + url.getRawQuery();
    }
}
