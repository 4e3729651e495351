package dev.cxmon.cxone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.cxmon.auth.CxoneSession;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.state.Availability;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.WireMockPerTest;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client boundary against WireMock serving CXone's shapes, including ones the simulator does not produce. */
@QuarkusTest
class CxoneApiWireMockTest extends WireMockPerTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeEach
    void stubTheToken() {
        stubDiscoveryAndToken(token(3600));
    }

    private CxoneSession session() {
        ConnectionSettings settings = DemoSettings.forKey(server.baseUrl(), "key").withApiUrl(URI.create(server.baseUrl() + SERVICES));
        return new CxoneSession(settings, clients, ExchangeListener.NONE, clock);
    }

    @Test
    void plainNumbersAndBooleansAreReadToo() {
        json("/agents/1001/states", "{\"agentStates\":[{\"agentId\":1001,\"agentStateId\":2,\"agentStateName\":\"Unavailable\","
                + "\"outStateDescription\":\"Lunch\",\"isActive\":true,\"unknownField\":{\"x\":1}}]}");
        AgentStateRecord record = session().api().agentState("1001").orElseThrow();
        assertThat(record.agentId()).isEqualTo(1001L);
        assertThat(record.isActive()).isTrue();
        assertThat(record.classify().availability()).isEqualTo(Availability.UNAVAILABLE);
        assertThat(record.classify().reason()).contains("Lunch");
    }

    @Test
    void everyEnvelopeOfAgentStatesIsUnderstood() {
        String record = "{\"agentId\":\"1001\",\"agentStateId\":\"1\",\"isActive\":\"True\"}";
        for (String body : List.of("{\"agentStates\":[" + record + "],\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}",
                "{\"resultSet\":{\"agentState\":[" + record + "],\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}}",
                "{\"states\":[" + record + "],\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}")) {
            server.resetRequests();
            json("/agents/states", body);
            BulkStates bulk = session().api().bulkStates(Optional.of("1970-01-01T00:00:00.000Z"));
            assertThat(bulk.states()).as(body).singleElement().satisfies(r -> assertThat(r.agentId()).isEqualTo(1001L));
            assertThat(bulk.lastPollTime()).as(body).contains("2026-11-25T10:00:00.000Z");
            assertThat(bulk.notModified()).isFalse();
        }
    }

    @Test
    void notModifiedAndNoContentMeanNoChangeNotNoAgents() {
        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/states")).willReturn(aResponse().withStatus(304)));
        BulkStates notModified = session().api().bulkStates(Optional.of("2026-11-25T10:00:00.000Z"));
        assertThat(notModified.notModified()).isTrue();
        assertThat(notModified.httpStatus()).isEqualTo(304);

        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/states")).willReturn(aResponse().withStatus(204)));
        assertThat(session().api().bulkStates(Optional.empty()).notModified()).isTrue();
        server.verify(getRequestedFor(urlPathEqualTo(SERVICES + "/agents/states"))
                .withQueryParam("updatedSince", equalTo("2026-11-25T10:00:00.000Z")));
    }

    @Test
    void updatedSinceWithAnOffsetIsSentEncoded() {
        json("/agents/states", "{\"agentStates\":[]}");
        session().api().bulkStates(Optional.of("2026-11-25T10:00:00.000+00:00"));
        server.verify(getRequestedFor(urlPathEqualTo(SERVICES + "/agents/states"))
                .withQueryParam("updatedSince", equalTo("2026-11-25T10:00:00.000+00:00")));
    }

    @Test
    void oneRefreshAfterA401ThenTheCallSucceeds() {
        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/1001")).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid_token\"}")).willSetStateTo("refreshed"));
        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/1001")).inScenario("expiry").whenScenarioStateIs("refreshed")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"agents\":[{\"agentId\":1001}]}")));

        assertThat(session().api().agent("1001").agentId()).isEqualTo(1001L);
        server.verify(2, postRequestedFor(urlPathEqualTo("/auth/token")));
        server.verify(2, getRequestedFor(urlPathEqualTo(SERVICES + "/agents/1001")));
    }

    @Test
    void aSecond401IsAnAuthFailureNotALoop() {
        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/1001")).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> session().api().agent("1001")).isInstanceOfSatisfying(CxoneCallException.class,
                e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.AUTH));
        server.verify(2, getRequestedFor(urlPathEqualTo(SERVICES + "/agents/1001")));
    }

    @Test
    void tokenIsCachedAndRefreshedWithTheRefreshTokenBeforeExpiry() {
        json("/agents/1001", "{\"agents\":[{\"agentId\":1001}]}");
        server.stubFor(post("/auth/token").willReturn(token(120)));
        CxoneSession session = session();
        session.api().agent("1001");
        session.api().agent("1001");
        server.verify(1, postRequestedFor(urlPathEqualTo("/auth/token")));

        now.set(now.get().plus(Duration.ofSeconds(110)));
        session.api().agent("1001");
        server.verify(2, postRequestedFor(urlPathEqualTo("/auth/token")));
        server.verify(1, postRequestedFor(urlPathEqualTo("/auth/token")).withRequestBody(containing("grant_type=refresh_token")));
    }

    @Test
    void clientCredentialsGoInTheBasicHeaderFormEncoded() {
        json("/agents/1001", "{\"agents\":[{\"agentId\":1001}]}");
        session().api().agent("1001");
        String expected = "Basic " + Base64.getEncoder().encodeToString("demo-client:demo-client-secret".getBytes(StandardCharsets.UTF_8));
        server.verify(postRequestedFor(urlPathEqualTo("/auth/token")).withHeader("Authorization", equalTo(expected))
                .withRequestBody(containing("grant_type=password")).withRequestBody(containing("username=key")));
    }

    private void json(String path, String body) {
        server.stubFor(get(urlPathEqualTo(SERVICES + path)).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder token(int expiresIn) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"tenantId\":\"t-1\",\"userId\":\"u-1\",\"icAgentId\":\"1000\"}".getBytes(StandardCharsets.UTF_8));
        return aResponse().withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"" + header + "." + payload
                + ".sig\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"refresh_token\":\"refresh-abc\"}");
    }
}
