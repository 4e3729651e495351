package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.claims;
import static dev.cxmon.simulator.SimulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxmon.testing.PagingTenant;
import dev.cxmon.testing.TwoBusinessUnitTenant;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * agents/states answers for business units: by default the token's own (its icBUId), with reqBUIds the ones listed,
 * comma-separated; each record names its businessUnitId. Agents 2004 and 2005 are in another business unit.
 */
class BusinessUnitRoutesTest {

    private static final String TOKEN_BU = String.valueOf(TwoBusinessUnitTenant.TOKEN_BU);
    private static final String OTHER_BU = String.valueOf(TwoBusinessUnitTenant.OTHER_BU);

    @TempDir
    Path dir;

    private SimulatorHarness sim;
    private String token;

    @BeforeEach
    void start() {
        sim = SimulatorHarness.start(SimulatorOptions.defaults()
                .withTenantFile(TwoBusinessUnitTenant.write(dir, 6, List.of("2004", "2005"))));
        token = sim.token(PagingTenant.ACCESS_KEY);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theTokenNamesItsBusinessUnit() {
        assertThat(claims(token).get("icBUId").asText()).isEqualTo(TOKEN_BU);
    }

    @Test
    void withoutReqBUIdsTheBulkViewIsTheTokensBusinessUnit() {
        JsonNode answer = json(sim.api("agents/states", token));
        assertThat(answer.get("agentStates")).extracting(r -> r.get("agentId").asText()).containsExactly("2001", "2002", "2003", "2006");
        assertThat(answer.get("agentStates")).extracting(r -> r.get("businessUnitId").asText()).containsOnly(TOKEN_BU);
        assertThat(answer.get("totalRecords").asInt()).isEqualTo(4);
    }

    @Test
    void reqBUIdsListsTheBusinessUnitsCommaSeparated() {
        assertThat(json(sim.api("agents/states?reqBUIds=" + OTHER_BU, token)).get("agentStates"))
                .extracting(r -> r.get("agentId").asText()).containsExactly("2004", "2005");
        JsonNode both = json(sim.api("agents/states?reqBUIds=" + TOKEN_BU + "," + OTHER_BU, token));
        assertThat(both.get("agentStates")).extracting(r -> r.get("agentId").asText())
                .containsExactly("2001", "2002", "2003", "2004", "2005", "2006");
        assertThat(both.get("agentStates")).extracting(r -> r.get("businessUnitId").asText())
                .containsExactly(TOKEN_BU, TOKEN_BU, TOKEN_BU, OTHER_BU, OTHER_BU, TOKEN_BU);
        assertThat(sim.simulator.requests().lastQuery(SimulatorOperations.AGENT_STATES_BULK))
                .containsEntry("reqBUIds", TOKEN_BU + "," + OTHER_BU);
    }

    @Test
    void theOtherBusinessUnitsAgentIsStillReadOneByOne() {
        JsonNode record = json(sim.api("agents/2004/states", token)).get("agentStates").get(0);
        assertThat(record.get("agentId").asText()).isEqualTo("2004");
        assertThat(record.get("businessUnitId").asText()).isEqualTo(OTHER_BU);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "4601234;4605678", "4601234,", "-1"})
    void aReqBUIdsThatIsNotAListOfNumbersIsABadRequest(String reqBUIds) {
        HttpResponse<String> answer = sim.api("agents/states?reqBUIds=" + SimulatorHarness.encode(reqBUIds), token);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).get("error").asText()).isEqualTo("InvalidParameter");
        assertThat(json(answer).get("error_description").asText()).startsWith("reqBUIds ").contains(reqBUIds);
    }
}
