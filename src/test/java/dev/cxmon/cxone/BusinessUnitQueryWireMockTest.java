package dev.cxmon.cxone;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.cxmon.auth.CxoneSession;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.testing.CxoneAnswers;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.WireMockPerTest;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which business units the bulk call asks for (reqBUIds): the configured ones, else the token's icBUId claim, else none
 * (an opaque token, or one without the claim, leaves the choice to CXone).
 */
@QuarkusTest
class BusinessUnitQueryWireMockTest extends WireMockPerTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";

    @BeforeEach
    void stubTheStates() {
        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/states"))
                .willReturn(CxoneAnswers.json("{\"totalRecords\":0,\"agentStates\":[],\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}")));
    }

    private CxoneApi api(ConnectionSettings settings) {
        return new CxoneSession(settings, clients, ExchangeListener.NONE, Clock.systemUTC()).api();
    }

    private ConnectionSettings settings() {
        return DemoSettings.forKey(server.baseUrl(), "key").withApiUrl(URI.create(server.baseUrl() + SERVICES));
    }

    @Test
    void byDefaultTheBulkCallAsksForTheTokensBusinessUnit() {
        stubDiscoveryAndToken(token("{\"tenantId\":\"t-1\",\"icBUId\":4601234}"));
        api(settings()).bulkStates(Optional.empty());
        server.verify(getRequestedFor(urlPathEqualTo(SERVICES + "/agents/states")).withQueryParam("reqBUIds", equalTo("4601234")));
    }

    @Test
    void configuredBusinessUnitsAreSentCommaSeparatedWhateverTheToken() {
        stubDiscoveryAndToken(token("{\"tenantId\":\"t-1\",\"icBUId\":\"4601234\"}"));
        api(settings().withBusinessUnits(List.of("4601234", " 4605678 "))).bulkStates(Optional.empty());
        server.verify(getRequestedFor(urlPathEqualTo(SERVICES + "/agents/states"))
                .withQueryParam("reqBUIds", equalTo("4601234,4605678")));
    }

    @Test
    void aTokenWithoutABusinessUnitSendsNoReqBUIds() {
        stubDiscoveryAndToken(token("{\"tenantId\":\"t-1\",\"userId\":\"u-1\"}"));
        api(settings()).bulkStates(Optional.empty());
        server.verify(getRequestedFor(urlPathEqualTo(SERVICES + "/agents/states")).withQueryParam("reqBUIds", absent()));
    }

    @Test
    void anOpaqueTokenOrANonNumericClaimSendsNoReqBUIds() {
        stubDiscoveryAndToken(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"opaque-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        api(settings()).bulkStates(Optional.empty());
        stubDiscoveryAndToken(token("{\"tenantId\":\"t-1\",\"icBUId\":\"BU-one\"}"));
        api(settings()).bulkStates(Optional.empty());
        server.verify(2, getRequestedFor(urlPathEqualTo(SERVICES + "/agents/states")).withQueryParam("reqBUIds", absent()));
    }

    private static ResponseDefinitionBuilder token(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String jwt = base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
        return aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + jwt + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }
}
