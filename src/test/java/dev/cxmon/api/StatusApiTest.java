package dev.cxmon.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.cxmon.monitor.MonitorSettings;
import dev.cxmon.monitor.PollSchedule;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterPoller;
import dev.cxmon.config.ConnectionSettingsFactory;
import dev.cxmon.testing.ConfigProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status API on the main port, with the diagnosis endpoint enabled by cxone.api-token. */
@QuarkusTest
@TestProfile(StatusApiTest.WithApiToken.class)
class StatusApiTest {

    public static class WithApiToken extends ConfigProfile {
        public WithApiToken() {
            super("cxone.api-token", "test-api-token-123");
        }
    }

    @Inject
    RosterPoller poller;

    @Inject
    ConnectionSettingsFactory connection;

    @BeforeEach
    void pollTheDemoRoster() {
        poller.configure(new MonitorSettings(List.of(RosterEntry.of("1003"), RosterEntry.of("9999")),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 2, Duration.ofMinutes(10), true),
                connection.fromConfig());
        poller.pollOnce();
    }

    @Test
    void agentsListsStatusReasonAndLastError() {
        given().header("Authorization", "Bearer test-api-token-123").when().get("/api/agents").then().statusCode(200)
                .body("find { it.ref == '1003' }.status", equalTo("LOGGED_IN"))
                .body("find { it.ref == '1003' }.availability", equalTo("UNAVAILABLE"))
                .body("find { it.ref == '1003' }.reason", equalTo("Break"))
                .body("find { it.ref == '1003' }.since", notNullValue())
                .body("find { it.ref == '1003' }.sinceSource", equalTo("cxone"))
                .body("find { it.ref == '1003' }.loggedInSince", notNullValue())
                .body("find { it.ref == '9999' }.since", nullValue())
                .body("find { it.ref == '9999' }.sinceSource", nullValue())
                .body("find { it.ref == '9999' }.status", equalTo("ERROR"))
                .body("find { it.ref == '9999' }.lastError.code", equalTo("AGENT_NOT_FOUND"))
                .body("find { it.ref == '9999' }.lastError.reason", equalTo("agent_id"))
                .body("ref", hasItem("9999"));
    }

    @Test
    void agentsRefusesRequestsWithoutTheBearerTokenOnceOneIsSet() {
        given().when().get("/api/agents").then().statusCode(401).header("WWW-Authenticate", notNullValue())
                .header("Cache-Control", equalTo("no-store"));
        given().header("Authorization", "Bearer wrong").when().get("/api/agents").then().statusCode(401);
    }

    @Test
    void diagnosisRefusesRequestsWithoutTheBearerToken() {
        given().when().get("/api/agents/1003/diagnosis").then().statusCode(401).header("WWW-Authenticate", notNullValue());
        given().header("Authorization", "Bearer wrong").when().get("/api/agents/1003/diagnosis").then().statusCode(401);
        given().header("Authorization", "Basic dGVzdC1hcGktdG9rZW4tMTIz").when().get("/api/agents/1003/diagnosis").then().statusCode(401);
    }

    @Test
    void diagnosisWithTheBearerTokenReturnsTheReport() {
        given().header("Authorization", "Bearer test-api-token-123").when().get("/api/agents/1003/diagnosis").then().statusCode(200)
                .body("rootCause", equalTo("AGENT_UNAVAILABLE"))
                .body("exitCode", equalTo(0))
                .body("findings.code", hasItem("AGENT_UNAVAILABLE"));
    }
}
