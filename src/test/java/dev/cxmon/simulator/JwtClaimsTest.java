package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.claims;
import static dev.cxmon.simulator.SimulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JwtClaimsTest {

    @RegisterExtension
    static final SimulatorHarness sim = SimulatorHarness.perClass();

    @Test
    void supervisorTokenCarriesTenantUserAndAgentClaims() {
        JsonNode claims = claims(sim.token("demo-supervisor"));

        assertThat(claims.get("iss").asText()).isEqualTo(sim.simulator.baseUrl());
        assertThat(claims.get("aud").asText()).isEqualTo(DemoTenant.CLIENT_ID);
        assertThat(claims.get("sub").asText()).isEqualTo("user:" + DemoTenant.SUPERVISOR);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
        assertThat(claims.get("tenantId").asText()).isEqualTo(DemoTenant.TENANT_ID.toString());
        assertThat(claims.get("icBUId").asLong()).isEqualTo(4600001);
        assertThat(claims.get("icClusterId").asText()).isEqualTo("C32");
        assertThat(claims.get("userId").asText()).isEqualTo(DemoTenant.SUPERVISOR.toString());
        assertThat(claims.get("name").asText()).isEqualTo("supervisor@demo.example");
        assertThat(claims.get("given_name").asText()).isEqualTo("Sam");
        assertThat(claims.get("family_name").asText()).isEqualTo("Supervisor");
        assertThat(claims.get("teamId").asText()).isEqualTo("5001");
        assertThat(claims.get("icAgentId").isTextual()).isTrue();
        assertThat(claims.get("icAgentId").asText()).isEqualTo("1000");
    }

    @Test
    void agentKeyTokenNamesAgent1002() {
        JsonNode claims = claims(sim.token("demo-agent"));

        assertThat(claims.get("icAgentId").asText()).isEqualTo("1002");
        assertThat(claims.get("userId").asText()).isEqualTo(DemoTenant.LOGGED_IN.toString());
    }

    @Test
    void ownerWithoutAgentRoleHasNoAgentId() {
        JsonNode claims = claims(sim.token("demo-noscope"));

        assertThat(claims.get("userId").asText()).isEqualTo(DemoTenant.REPORTING.toString());
        assertThat(claims.has("icAgentId")).isFalse();
    }

    @Test
    void keyWithoutOwnerHasNoUserContext() {
        JsonNode claims = claims(sim.token("demo-nouser"));

        assertThat(claims.get("sub").asText()).isEqualTo("client:" + DemoTenant.CLIENT_ID);
        assertThat(claims.get("tenantId").asText()).isEqualTo(DemoTenant.TENANT_ID.toString());
        for (String absent : new String[] {"userId", "name", "given_name", "family_name", "teamId", "icAgentId"}) {
            assertThat(claims.has(absent)).as(absent).isFalse();
        }
    }

    @Test
    void tokensNeverContainTheAccessKey() {
        String token = sim.token("demo-supervisor");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);

        assertThat(payload).doesNotContain("demo-supervisor-secret").doesNotContain("\"demo-supervisor\"")
                .doesNotContain("demo-client-secret");
    }

    @Test
    void idTokenIdentifiesTheUser() {
        JsonNode id = claims(json(sim.passwordGrant("demo-agent")).get("id_token").asText());

        assertThat(id.get("sub").asText()).isEqualTo("user:" + DemoTenant.LOGGED_IN);
        assertThat(id.get("aud").asText()).isEqualTo(DemoTenant.CLIENT_ID);
        assertThat(id.get("name").asText()).isEqualTo("loggedin@demo.example");
    }

    @Test
    void headerIsHs256() {
        String header = new String(Base64.getUrlDecoder().decode(sim.token("demo-supervisor").split("\\.")[0]),
                StandardCharsets.UTF_8);

        assertThat(header).contains("\"alg\":\"HS256\"");
    }

    @Test
    void tamperedTokenIsRejected() {
        String[] parts = sim.token("demo-agent").split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"1002\"", "\"1000\"").getBytes(StandardCharsets.UTF_8));

        assertInvalidToken(sim.api("agents/states", parts[0] + "." + forged + "." + parts[2]), "invalid token");
    }

    @Test
    void unsignedTokenIsRejected() {
        String[] parts = sim.token("demo-supervisor").split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        assertInvalidToken(sim.api("agents/states", none + "." + parts[1] + "."), "invalid token");
    }

    @Test
    void tokenOfAnotherSimulatorInstanceIsRejected() {
        String foreign;
        try (SimulatorHarness other = SimulatorHarness.start()) {
            foreign = other.token("demo-supervisor");
        }

        assertInvalidToken(sim.api("agents/states", foreign), "invalid token");
    }

    @Test
    void expiredTokenIsRejectedAsExpired() {
        assertInvalidToken(sim.api("agents/states", sim.token("demo-expired")), "token expired");
    }

    @Test
    void missingTokenIsRejected() {
        HttpResponse<String> response = sim.api("agents/states", null);

        assertInvalidToken(response, "missing bearer token");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    private static void assertInvalidToken(HttpResponse<String> response, String descriptionPart) {
        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("invalid_token");
        assertThat(body.get("error_description").asText()).contains(descriptionPart);
    }
}
