package dev.cxmon.cxone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxmon.testing.WireMockPerTest;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-call bounds of AnswerLimits over real HTTP: bytes per call, records per answer, fields per record. */
@QuarkusTest
class AnswerLimitsWireMockTest extends WireMockPerTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";
    private static final String RECORD = "{\"agentId\":\"%d\",\"agentStateId\":\"1\",\"agentStateName\":\"Available\"}";

    @BeforeEach
    void stubTheToken() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"tenantId\":\"t-1\"}".getBytes(StandardCharsets.UTF_8));
        stubDiscoveryAndToken(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"e30." + payload + ".sig\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
    }

    private CxoneApi api() {
        return demoApi(SERVICES);
    }

    private void json(String path, String body) {
        server.stubFor(get(urlPathEqualTo(SERVICES + path)).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String records(int count) {
        StringBuilder body = new StringBuilder("{\"agentStates\":[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append(String.format(RECORD, 100_000 + i));
        }
        return body.append("],\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}").toString();
    }

    @Test
    void aBulkAnswerOfTheLargestSupportedTenantIsReadAndOneRecordMoreIsMalformed() {
        json("/agents/states", records(AnswerLimits.BULK_RECORDS));
        BulkStates bulk = api().bulkStates(Optional.empty());
        assertThat(bulk.states()).hasSize(AnswerLimits.BULK_RECORDS);
        assertThat(bulk.lastPollTime()).contains("2026-11-25T10:00:00.000Z");

        json("/agents/states", records(AnswerLimits.BULK_RECORDS + 1));
        assertThatThrownBy(() -> api().bulkStates(Optional.empty())).isInstanceOfSatisfying(CxoneCallException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(FailureKind.MALFORMED);
            assertThat(e.failure().message()).contains("more than 25000 agent state records in one answer");
        });
    }

    @Test
    void aPerAgentAnswerCarriesOneRecord() {
        json("/agents/1001/states", records(2));
        assertThatThrownBy(() -> api().agentState("1001")).isInstanceOfSatisfying(CxoneCallException.class,
                e -> assertThat(e.failure().message()).contains("more than 1 agent state record in an answer about one agent"));
    }

    @Test
    void aRecordKeepsOnlyTheScalarFieldsTheMonitorReads() {
        json("/agents/1001/states", "{\"agentStates\":[{\"agentId\":1001,\"agentStateId\":1,\"padding\":[" + "{},".repeat(20_000)
                + "{}],\"agentStateName\":{\"nested\":true},\"teamName\":\"Blue\"}]}");
        AgentStateRecord record = api().agentState("1001").orElseThrow();
        assertThat(record.agentId()).isEqualTo(1001L);
        assertThat(record.agentStateName()).isNull();
        assertThat(record.teamName()).isEqualTo("Blue");
    }

    @Test
    void eachCallHasAByteCapThatFitsWhatItReturns() {
        json("/agents/1001/states", "{\"agentStates\":[{\"agentId\":1001,\"teamName\":\"" + "x".repeat(AnswerLimits.ONE_AGENT_BYTES) + "\"}]}");
        assertThatThrownBy(() -> api().agentState("1001")).isInstanceOfSatisfying(CxoneCallException.class, e -> {
            assertThat(e.failure().cause()).isEqualTo(FailureCause.BODY_TOO_LARGE);
            assertThat(e.failure().message()).contains("answer larger than 256 KiB: stopped reading");
        });
    }
}
