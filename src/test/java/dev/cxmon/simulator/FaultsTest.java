package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultsTest {

    @RegisterExtension
    static final SimulatorHarness sim = SimulatorHarness.perClassWithTokenOf("demo-supervisor");

    @AfterEach
    void clearFaults() {
        sim.simulator.faults().clear();
    }

    @Test
    void rateLimitAnswers429WithRetryAfter() {
        sim.simulator.faults().set(new Fault(FaultKind.RATE_LIMIT, 0, Duration.ofSeconds(7), -1, null));

        HttpResponse<String> response = sim.api("agents/states", sim.bearer());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains("7");
        assertThat(json(response).get("error").asText()).isEqualTo("TooManyRequests");
    }

    @Test
    void rateLimitWithoutRetryAfterSendsNoHeader() {
        sim.simulator.faults().set(new Fault(FaultKind.RATE_LIMIT, 0, null, -1, null));

        HttpResponse<String> response = sim.api("agents/states", sim.bearer());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void serverErrorUsesTheGivenStatusAndAJsonBody() {
        sim.simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 503, null, -1, null));

        HttpResponse<String> response = sim.api("agents/1001", sim.bearer());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(json(response).has("error_description")).isTrue();
    }

    /** HTML_BODY: a proxy page with 200; WRONG_CONTENT_TYPE: text/plain with a JSON-ish body. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"HTML_BODY | text/html | <!DOCTYPE html>", "WRONG_CONTENT_TYPE | text/plain | {"})
    void bodyFaultsAnswer200WithTheirContentTypeAndBody(FaultKind kind, String contentType, String bodyStart) {
        HttpResponse<String> response = agentStatesUnder(kind);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(contentType));
        assertThat(response.body()).startsWith(bodyStart);
    }

    @Test
    void truncatedJsonIsCutInHalf() {
        HttpResponse<String> response = agentStatesUnder(FaultKind.TRUNCATED_JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.body()).startsWith("{\"agentStates\":[");
        assertThat(response.body().length()).isEqualTo(FaultResponder.JSON_DOCUMENT.length() / 2);
        assertThatThrownBy(() -> SimulatorHarness.JSON.readTree(response.body())).isInstanceOf(Exception.class);
    }

    @Test
    void slowDelaysThenAnswersNormally() {
        sim.simulator.faults().set(new Fault(FaultKind.SLOW, 0, Duration.ofMillis(400), 1, null));

        long start = System.nanoTime();
        HttpResponse<String> response = sim.api("agents/1001", sim.bearer());
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("agents").get(0).get("agentId").asLong()).isEqualTo(1001);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
    }

    @Test
    void remainingCountsDownThenClears() {
        sim.simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 500, null, 2, null));

        assertThat(sim.api("agents/1001", sim.bearer()).statusCode()).isEqualTo(500);
        assertThat(sim.simulator.faults().active()).hasValueSatisfying(f -> assertThat(f.remaining()).isEqualTo(1));
        assertThat(sim.api("agents/1001", sim.bearer()).statusCode()).isEqualTo(500);
        assertThat(sim.simulator.faults().active()).isEmpty();
        assertThat(sim.api("agents/1001", sim.bearer()).statusCode()).isEqualTo(200);
    }

    @Test
    void pathContainsLimitsTheFaultAndOnlyMatchingRequestsCountDown() {
        sim.simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 502, null, 1, "agents/states"));

        assertThat(sim.api("agents/1001", sim.bearer()).statusCode()).isEqualTo(200);
        assertThat(sim.simulator.faults().active()).isPresent();
        assertThat(sim.get("/InContactAPI/services/v29.0/Agents/States", sim.bearer()).statusCode()).isEqualTo(502);
        assertThat(sim.api("agents/states", sim.bearer()).statusCode()).isEqualTo(200);
    }

    @Test
    void faultsApplyToUserHubButNotDiscovery() {
        sim.simulator.faults().set(Fault.of(FaultKind.SERVER_ERROR));

        assertThat(sim.get("/user-management/v1/users/" + DemoTenant.SUPERVISOR, sim.bearer()).statusCode()).isEqualTo(500);
        assertThat(sim.get("/.well-known/openid-configuration").statusCode()).isEqualTo(200);
    }

    @Test
    void tokenEndpointIsAffectedOnlyWhenNamed() {
        sim.simulator.faults().set(Fault.of(FaultKind.RATE_LIMIT));
        assertThat(sim.passwordGrant("demo-supervisor").statusCode()).isEqualTo(200);

        sim.simulator.faults().set(new Fault(FaultKind.RATE_LIMIT, 0, Duration.ofSeconds(2), 1, "auth/token"));
        HttpResponse<String> limited = sim.passwordGrant("demo-supervisor");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("2");
        assertThat(sim.passwordGrant("demo-supervisor").statusCode()).isEqualTo(200);
    }

    @Test
    void faultedRequestsAreStillCounted() {
        long before = sim.simulator.requests().count(SimulatorOperations.AGENT);
        sim.simulator.faults().set(Fault.of(FaultKind.HTML_BODY));

        sim.api("agents/1001", sim.bearer());

        assertThat(sim.simulator.requests().count(SimulatorOperations.AGENT)).isEqualTo(before + 1);
    }

    @Test
    void controlRoutesSetReadAndClearFaults() {
        HttpResponse<String> set = sim.send("POST", "/simulator/faults",
                "{\"kind\":\"RATE_LIMIT\",\"retryAfterSeconds\":3,\"remaining\":1,\"pathContains\":\"agents\"}");

        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(json(set).get("status").asInt()).isEqualTo(429);
        JsonNode active = json(sim.get("/simulator/faults")).get("active");
        assertThat(active.get("kind").asText()).isEqualTo("RATE_LIMIT");
        assertThat(active.get("remaining").asInt()).isEqualTo(1);
        HttpResponse<String> limited = sim.api("agents/1001", sim.bearer());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("3");
        assertThat(sim.api("agents/1001", sim.bearer()).statusCode()).isEqualTo(200);

        sim.send("POST", "/simulator/faults", "{\"kind\":\"SERVER_ERROR\"}");
        assertThat(sim.api("agents/1001", sim.bearer()).statusCode()).isEqualTo(500);
        assertThat(sim.send("DELETE", "/simulator/faults", null).statusCode()).isEqualTo(204);
        assertThat(sim.api("agents/1001", sim.bearer()).statusCode()).isEqualTo(200);
        assertThat(json(sim.get("/simulator/faults")).get("active").isNull()).isTrue();
    }

    @Test
    void invalidFaultJsonIs400() {
        assertThat(sim.send("POST", "/simulator/faults", "{\"kind\":\"EARTHQUAKE\"}").statusCode()).isEqualTo(400);
        assertThat(sim.send("POST", "/simulator/faults", "{\"kind\":\"SLOW\"}").statusCode()).isEqualTo(400);
        assertThat(sim.send("POST", "/simulator/faults", "{\"kind\":\"SLOW_DRIP\"}").statusCode()).isEqualTo(400);
        assertThat(sim.send("POST", "/simulator/faults", "not json").statusCode()).isEqualTo(400);
        assertThat(sim.simulator.faults().active()).isEmpty();
    }

    @Test
    void connectionResetClosesTheConnectionWithoutAnAnswer() {
        sim.simulator.faults().set(Fault.of(FaultKind.CONNECTION_RESET).onPathsContaining("agents/1001"));

        assertThatThrownBy(() -> sim.api("agents/1001", sim.bearer())).hasRootCauseInstanceOf(java.io.IOException.class);
        assertThat(sim.api("agents/1002", sim.bearer()).statusCode()).isEqualTo(200);
    }

    @Test
    void slowDripSendsValidJsonAByteAtATimeOverTheDuration() {
        long before = sim.simulator.faults().streamedBodyBytesSent();
        sim.simulator.faults().set(new Fault(FaultKind.SLOW_DRIP, 0, Duration.ofMillis(600), 1, null));

        long start = System.nanoTime();
        HttpResponse<String> response = sim.api("agents/states", sim.bearer());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(500));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("agentStates").isArray()).isTrue();
        assertThat(sim.simulator.faults().streamedBodyBytesSent() - before).isEqualTo(response.body().length());
    }

    @Test
    void oversizedBodyIsFiftyMebibytesOfWellFormedJson() {
        sim.simulator.faults().set(Fault.of(FaultKind.OVERSIZED_BODY).withRemaining(1));

        HttpResponse<String> response = sim.api("agents/states", sim.bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat((long) response.body().length()).isGreaterThanOrEqualTo(50L * 1024 * 1024);
        assertThat(response.body()).startsWith("{\"agentStates\":[{").endsWith("\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}");
        assertThat(json(response).get("agentStates").size()).isGreaterThan(390_000);
    }

    /** The agent states, asked for while the simulator answers every request with that fault. */
    private static HttpResponse<String> agentStatesUnder(FaultKind kind) {
        sim.simulator.faults().set(Fault.of(kind));
        return sim.api("agents/states", sim.bearer());
    }
}
