package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.basic;
import static dev.cxmon.simulator.SimulatorHarness.json;
import static dev.cxmon.simulator.SimulatorHarness.okJson;
import static dev.cxmon.simulator.SimulatorHarness.passwordForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TokenEndpointTest {

    private static final String DEMO_BASIC = basic(DemoTenant.CLIENT_ID, DemoTenant.CLIENT_SECRET);

    @RegisterExtension
    static final SimulatorHarness sim = SimulatorHarness.perClass();

    @Test
    void passwordGrantWithClientSecretBasicIssuesTokens() {
        HttpResponse<String> response = sim.passwordGrant("demo-supervisor");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = json(response);
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.get("access_token").asText().split("\\.")).hasSize(3);
        assertThat(body.get("id_token").asText().split("\\.")).hasSize(3);
        assertThat(body.get("refresh_token").asText()).isNotBlank().doesNotContain(".");
        assertThat(body.get("scope").asText()).isEqualTo("RealTimeApi AdminApi");
    }

    @Test
    void scopeOfAKeyWithoutAgentStatesLacksRealTimeApi() {
        JsonNode body = json(sim.passwordGrant("demo-noscope"));

        assertThat(body.get("scope").asText()).isEqualTo("AdminApi");
    }

    @Test
    void clientSecretPostIsRejectedWhenBasicIsRegistered() {
        Map<String, String> form = passwordForm("demo-supervisor", "demo-supervisor-secret");
        form.put("client_id", DemoTenant.CLIENT_ID);
        form.put("client_secret", DemoTenant.CLIENT_SECRET);

        HttpResponse<String> response = sim.tokenRequest(form, null);

        assertInvalidClient(response, "client authentication method client_secret_post is not registered for this client");
    }

    @Test
    void wrongClientIdIsInvalidClient() {
        HttpResponse<String> response = sim.tokenRequest(passwordForm("demo-supervisor", "demo-supervisor-secret"),
                basic("someone-else", DemoTenant.CLIENT_SECRET));

        assertInvalidClient(response, "unknown client_id");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void wrongClientSecretIsInvalidClient() {
        HttpResponse<String> response = sim.tokenRequest(passwordForm("demo-supervisor", "demo-supervisor-secret"),
                basic(DemoTenant.CLIENT_ID, "wrong"));

        assertInvalidClient(response, "invalid client secret");
    }

    @Test
    void missingClientAuthenticationIsInvalidClient() {
        HttpResponse<String> response = sim.tokenRequest(passwordForm("demo-supervisor", "demo-supervisor-secret"), null);

        assertInvalidClient(response, "client authentication is missing");
    }

    @Test
    void unknownAccessKeyIsInvalidGrant() {
        HttpResponse<String> response = sim.tokenRequest(passwordForm("no-such-key", "x"), DEMO_BASIC);

        assertError(response, 400, "invalid_grant", "invalid access key");
    }

    @Test
    void wrongAccessKeySecretIsInvalidGrant() {
        HttpResponse<String> response = sim.tokenRequest(passwordForm("demo-supervisor", "wrong-secret"), DEMO_BASIC);

        assertError(response, 400, "invalid_grant", "invalid access key");
    }

    @Test
    void otherGrantTypesAreUnsupported() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");

        assertError(sim.tokenRequest(form, DEMO_BASIC), 400, "unsupported_grant_type", "client_credentials");
    }

    @Test
    void missingGrantTypeIsInvalidRequest() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "demo-supervisor");

        assertError(sim.tokenRequest(form, DEMO_BASIC), 400, "invalid_request", "grant_type");
    }

    @Test
    void legacyJsonTokenRequestIsRejected() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.simulator.baseUrl() + "/auth/token"))
                .header("Content-Type", "application/json")
                .header("Authorization", DEMO_BASIC)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"grant_type\":\"password\",\"username\":\"demo-supervisor\",\"password\":\"demo-supervisor-secret\"}"))
                .build();

        assertError(sim.send(request), 400, "invalid_request", "application/x-www-form-urlencoded");
    }

    @Test
    void refreshTokenGivesNewTokensOnceOnly() {
        JsonNode first = json(sim.passwordGrant("demo-supervisor"));
        Map<String, String> refresh = new LinkedHashMap<>();
        refresh.put("grant_type", "refresh_token");
        refresh.put("refresh_token", first.get("refresh_token").asText());

        HttpResponse<String> refreshed = sim.tokenRequest(refresh, DEMO_BASIC);

        JsonNode second = okJson(refreshed);
        assertThat(second.get("refresh_token").asText()).isNotEqualTo(first.get("refresh_token").asText());
        assertThat(SimulatorHarness.claims(second.get("access_token").asText()).get("userId").asText())
                .isEqualTo(DemoTenant.SUPERVISOR.toString());
        assertThat(sim.api("agents/1001", second.get("access_token").asText()).statusCode()).isEqualTo(200);
        assertError(sim.tokenRequest(refresh, DEMO_BASIC), 400, "invalid_grant", "refresh token");
    }

    @Test
    void unknownRefreshTokenIsInvalidGrant() {
        Map<String, String> refresh = new LinkedHashMap<>();
        refresh.put("grant_type", "refresh_token");
        refresh.put("refresh_token", "made-up");

        assertError(sim.tokenRequest(refresh, DEMO_BASIC), 400, "invalid_grant", "refresh token");
    }

    @Test
    void expiredKeyGetsAnAlreadyExpiredToken() {
        JsonNode body = json(sim.passwordGrant("demo-expired"));

        assertThat(body.get("expires_in").asLong()).isZero();
        long exp = SimulatorHarness.claims(body.get("access_token").asText()).get("exp").asLong();
        assertThat(exp).isLessThan(System.currentTimeMillis() / 1000 - 3500);
    }

    @Test
    void responsesNeverEchoSecrets() {
        HttpResponse<String> ok = sim.passwordGrant("demo-supervisor");
        HttpResponse<String> bad = sim.tokenRequest(passwordForm("demo-supervisor", "demo-supervisor-secret"),
                basic(DemoTenant.CLIENT_ID, "wrong"));

        for (HttpResponse<String> response : new HttpResponse[] {ok, bad}) {
            assertThat(response.body()).doesNotContain("demo-client-secret").doesNotContain("demo-supervisor-secret");
        }
    }

    @Test
    void tokenRequestsAreCounted() {
        long before = sim.simulator.requests().count(SimulatorOperations.TOKEN);

        sim.passwordGrant("demo-supervisor");
        sim.tokenRequest(passwordForm("demo-supervisor", "bad"), DEMO_BASIC);

        assertThat(sim.simulator.requests().count(SimulatorOperations.TOKEN)).isEqualTo(before + 2);
    }

    @Test
    void clientRegisteredForPostAcceptsFormFieldsAndRejectsBasic(@TempDir Path dir) {
        Path tenant = DemoTenant.writeEdited(dir, yaml -> yaml.replace("authMethod: basic", "authMethod: post"));
        try (SimulatorHarness postSim = SimulatorHarness.start(SimulatorOptions.defaults().withTenantFile(tenant))) {
            Map<String, String> form = passwordForm("demo-supervisor", "demo-supervisor-secret");
            form.put("client_id", DemoTenant.CLIENT_ID);
            form.put("client_secret", DemoTenant.CLIENT_SECRET);

            assertThat(postSim.tokenRequest(form, null).statusCode()).isEqualTo(200);
            assertInvalidClient(postSim.tokenRequest(passwordForm("demo-supervisor", "demo-supervisor-secret"), DEMO_BASIC),
                    "client authentication method client_secret_basic is not registered for this client");
            form.put("client_secret", "wrong");
            assertInvalidClient(postSim.tokenRequest(form, null), "invalid client secret");
        }
    }

    private static void assertInvalidClient(HttpResponse<String> response, String descriptionPart) {
        assertError(response, 401, "invalid_client", descriptionPart);
    }

    private static void assertError(HttpResponse<String> response, int status, String error, String descriptionPart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).contains(descriptionPart);
    }
}
