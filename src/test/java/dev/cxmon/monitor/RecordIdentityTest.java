package dev.cxmon.monitor;

import static dev.cxmon.testing.CxoneAnswers.json;
import static dev.cxmon.testing.CxoneAnswers.tokenAnswer;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.cxmon.monitor.WatchedPoller.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.diagnose.DiagnosisReport;
import dev.cxmon.diagnose.DiagnosisRequest;
import dev.cxmon.diagnose.DiagnosisRules;
import dev.cxmon.diagnose.EvidenceCollector;
import dev.cxmon.diagnose.Finding;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.WireMockPerTest;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that answers one agent's question with another agent's record, or with a state ID CXone does not have,
 * over real HTTP: nothing is credited to the wrong agent, and an impossible state is malformed, not a state.
 */
@QuarkusTest
class RecordIdentityTest extends WireMockPerTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";
    private static final String AVAILABLE_1001 = "{\"agentId\":1001,\"agentStateId\":1,\"agentStateName\":\"Available\","
            + "\"userName\":\"available@demo.example\",\"teamName\":\"Sales\"}";
    private static final String BREAK_1003 = "{\"agentId\":1003,\"agentStateId\":2,\"agentStateName\":\"Unavailable\","
            + "\"outStateDescription\":\"Break\",\"userName\":\"break@demo.example\",\"teamName\":\"Support\"}";

    private final List<WatchedPoller> pollers = new ArrayList<>();

    @BeforeEach
    void stubTheTokenAndTheAgents() {
        stubDiscoveryAndToken(json(tokenAnswer()));
        for (long id : new long[] {1001, 1003, 1004}) {
            api("/agents/" + id, "{\"agents\":[{\"agentId\":" + id + ",\"userName\":\"agent" + id + "@demo.example\",\"isActive\":true}]}");
        }
    }

    @AfterEach
    void closePollers() {
        pollers.forEach(WatchedPoller::close);
    }

    @Test
    void perAgentAnswersAboutAnotherAgentAreMalformedForBoth() {
        api("/agents/1001/states", "{\"agentStates\":[" + BREAK_1003 + "]}");
        api("/agents/1003/states", "{\"agentStates\":[" + AVAILABLE_1001 + "]}");
        WatchedPoller watched = poller(List.of("1001", "1003"), PollStrategy.PER_AGENT);

        watched.poll();

        assertThat(watched.statesAndAvailability()).containsEntry("1001", "ERROR/UNKNOWN").containsEntry("1003", "ERROR/UNKNOWN");
        PrometheusText metrics = watched.metrics();
        assertThat(metrics.valueOrZero(errors("1001", "malformed"))).isEqualTo(1.0);
        assertThat(metrics.valueOrZero(errors("1003", "malformed"))).isEqualTo(1.0);
        assertThat(watched.view("1001").lastError().message()).contains("1003");
    }

    @Test
    void anImpossibleStateIdIsMalformedWhateverItsName() {
        api("/agents/1004/states", "{\"agentStates\":[{\"agentId\":1004,\"agentStateId\":-5,\"agentStateName\":\"Available\"}]}");
        WatchedPoller watched = poller(List.of("1004"), PollStrategy.PER_AGENT);

        watched.poll();

        assertThat(watched.statesAndAvailability()).containsEntry("1004", "ERROR/UNKNOWN");
        assertThat(watched.metrics().valueOrZero(errors("1004", "malformed"))).isEqualTo(1.0);
        assertThat(watched.view("1004").lastError().message()).contains("-5");
    }

    @Test
    void bulkRecordsOfAgentsNotAskedForAreCreditedToNobody() {
        api("/agents/states", "{\"agentStates\":[" + AVAILABLE_1001 + "," + BREAK_1003
                + ",{\"agentId\":2002,\"agentStateId\":1}],\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}");
        WatchedPoller watched = poller(List.of("1001"), PollStrategy.BULK);

        watched.poll();

        assertThat(watched.statesAndAvailability()).containsExactly(java.util.Map.entry("1001", "LOGGED_IN/AVAILABLE"));
        assertThat(watched.metrics().all().keySet()).noneMatch(series -> series.contains("\"1003\"") || series.contains("\"2002\""));
    }

    @Test
    void diagnoseOfAnAgentAnsweredWithAnotherAgentsRecordIsMalformedWithEvidence() {
        api("/agents/1001/states", "{\"agentStates\":[" + BREAK_1003 + "]}");
        api("/agents/states", "{\"agentStates\":[" + AVAILABLE_1001 + "],\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}");

        DiagnosisReport report = diagnose("1001");

        assertThat(report.rootCause().name()).as("findings " + report.findings()).isEqualTo("MALFORMED_RESPONSE");
        Finding malformed = report.findings().stream().filter(f -> f.code().name().equals("MALFORMED_RESPONSE")).findFirst().orElseThrow();
        assertThat(String.join("\n", malformed.evidence())).contains("/agents/1001/states").contains("1003");
        assertThat(report.agentState() == null ? null : report.agentState().availability()).isNotEqualTo("UNAVAILABLE");
        assertThat(report.findings()).noneMatch(f -> f.code().name().equals("AGENT_UNAVAILABLE"));
    }

    @Test
    void diagnoseOfAnImpossibleStateIdIsMalformedNotAvailable() {
        api("/agents/1004/states", "{\"agentStates\":[{\"agentId\":1004,\"agentStateId\":-5,\"agentStateName\":\"Available\"}]}");
        api("/agents/states", "{\"agentStates\":[],\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}");

        DiagnosisReport report = diagnose("1004");

        assertThat(report.findings()).noneMatch(f -> f.code().name().equals("AGENT_AVAILABLE"));
        assertThat(report.findings()).anyMatch(f -> f.code().name().equals("MALFORMED_RESPONSE") && f.title().contains("-5"));
    }

    private DiagnosisReport diagnose(String agent) {
        return DiagnosisRules.evaluate(new EvidenceCollector(clients, Clock.systemUTC()).collect(DiagnosisRequest.of(agent, connection())));
    }

    private WatchedPoller poller(List<String> roster, PollStrategy strategy) {
        WatchedPoller watched = new WatchedPoller(clients, roster, strategy, 2, connection(), Clock.systemUTC());
        pollers.add(watched);
        return watched;
    }

    private ConnectionSettings connection() {
        return DemoSettings.forKey(server.baseUrl(), "key").withApiUrl(URI.create(server.baseUrl() + SERVICES));
    }

    private void api(String path, String body) {
        server.stubFor(get(urlPathEqualTo(SERVICES + path)).willReturn(json(body)));
    }

}
