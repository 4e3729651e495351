package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiscoveryTest {

    @RegisterExtension
    static final SimulatorHarness sim = SimulatorHarness.perClass();

    @Test
    void baseUrlIsLoopbackWithTheChosenPort() {
        assertThat(sim.simulator.port()).isPositive();
        assertThat(sim.simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.simulator.port());
    }

    @Test
    void openIdConfigurationPointsAtTheSimulator() {
        HttpResponse<String> response = sim.get("/.well-known/openid-configuration");
        String base = sim.simulator.baseUrl();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode doc = SimulatorHarness.json(response);
        assertThat(doc.get("issuer").asText()).isEqualTo(base);
        assertThat(doc.get("token_endpoint").asText()).isEqualTo(base + "/auth/token");
        assertThat(doc.get("jwks_uri").asText()).isEqualTo(base + "/.well-known/jwks");
        assertThat(doc.get("authorization_endpoint").asText()).isEqualTo(base + "/auth/authorize");
        assertThat(doc.get("grant_types_supported")).extracting(JsonNode::asText)
                .containsExactly("password", "refresh_token", "authorization_code");
        assertThat(doc.get("token_endpoint_auth_methods_supported")).extracting(JsonNode::asText)
                .containsExactly("client_secret_basic", "client_secret_post");
    }

    @Test
    void clientsThatOfferHttp2CleartextUpgradeAreServed() throws Exception {
        HttpClient http2 = HttpClient.newHttpClient();
        String token = sim.token("demo-supervisor");
        HttpRequest agents = HttpRequest.newBuilder(URI.create(sim.simulator.baseUrl() + SimulatorHarness.API + "agents/1001"))
                .header("Authorization", "Bearer " + token).build();
        HttpRequest notModified = HttpRequest.newBuilder(URI.create(sim.simulator.baseUrl() + SimulatorHarness.API
                        + "agents/states?updatedSince=2100-01-01T00:00:00.000Z"))
                .header("Authorization", "Bearer " + token).build();

        assertThat(http2.send(agents, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(http2.send(notModified, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(304);
    }

    @Test
    void cxoneConfigurationDescribesTheTenant() {
        String base = sim.simulator.baseUrl();

        JsonNode doc = okJson(sim.get("/.well-known/cxone-configuration?tenantId=" + DemoTenant.TENANT_ID));
        assertThat(doc.get("tenantId").asText()).isEqualTo(DemoTenant.TENANT_ID.toString());
        assertThat(doc.get("area").asText()).isEqualTo("na1");
        assertThat(doc.get("cluster").asText()).isEqualTo("C32");
        assertThat(doc.get("domain").asText()).isEqualTo("niceincontact.com");
        assertThat(doc.get("acdDomain").asText()).isEqualTo("nice-incontact.com");
        assertThat(doc.get("uhDomain").asText()).isEqualTo("nice-incontact.com");
        assertThat(doc.get("api_endpoint").asText()).isEqualTo(base);
        assertThat(doc.get("ui_endpoint").asText()).isEqualTo(base);
        assertThat(doc.get("auth_endpoint").asText()).isEqualTo(base);
    }

    @Test
    void cxoneConfigurationAcceptsUpperCaseTenantId() {
        HttpResponse<String> response = sim.get("/.well-known/cxone-configuration?tenantId="
                + DemoTenant.TENANT_ID.toString().toUpperCase());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void cxoneConfigurationWithoutTenantIdIs400() {
        HttpResponse<String> response = sim.get("/.well-known/cxone-configuration");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SimulatorHarness.json(response).get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void cxoneConfigurationForAnotherTenantIs404() {
        assertThat(sim.get("/.well-known/cxone-configuration?tenantId=00000000-0000-4000-8000-000000000000").statusCode())
                .isEqualTo(404);
        assertThat(sim.get("/.well-known/cxone-configuration?tenantId=not-a-uuid").statusCode()).isEqualTo(404);
    }

    @Test
    void tutorialStylePathsAre404JsonAndCountedAsUnknown() {
        long before = sim.simulator.requests().count(SimulatorOperations.UNKNOWN);

        HttpResponse<String> response = sim.get("/api/v2/users?username=available@demo.example");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode body = SimulatorHarness.json(response);
        assertThat(body.get("error").asText()).isEqualTo("NotFound");
        assertThat(body.get("error_description").asText()).contains("/api/v2/users");
        assertThat(sim.simulator.requests().count(SimulatorOperations.UNKNOWN)).isEqualTo(before + 1);
    }

    @Test
    void discoveryRequestsAreCounted() {
        long before = sim.simulator.requests().count(SimulatorOperations.OPENID_CONFIGURATION);

        sim.get("/.well-known/openid-configuration");

        assertThat(sim.simulator.requests().count(SimulatorOperations.OPENID_CONFIGURATION)).isEqualTo(before + 1);
    }
}
