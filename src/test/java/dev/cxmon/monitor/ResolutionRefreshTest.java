package dev.cxmon.monitor;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.cxmon.monitor.ResolutionFromBulkTest.info;
import static dev.cxmon.testing.CxoneAnswers.json;
import static dev.cxmon.testing.CxoneAnswers.tokenAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.simulator.MutableClock;
import dev.cxmon.testing.DemoSettings;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The periodic re-resolution (cxone.poll.resolve-every, 10 minutes in WatchedPoller) takes the names and teams from
 * the bulk snapshot, not from a GET /agents/{id} per agent: a server whose bulk view renames an agent between the first
 * read and the next full read, and that serves no per-agent resource at all.
 */
@QuarkusTest
class ResolutionRefreshTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";
    private static final String LAST_POLL = "\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"";

    @Inject
    RestClients clients;

    private WireMockServer server;
    private WatchedPoller watched;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get("/.well-known/openid-configuration").willReturn(json("{\"issuer\":\"x\",\"token_endpoint\":\""
                + server.baseUrl() + "/auth/token\"}")));
        server.stubFor(post("/auth/token").willReturn(json(tokenAnswer())));
    }

    @AfterEach
    void stop() {
        if (watched != null) {
            watched.close();
        }
        server.stop();
    }

    @Test
    void afterResolveEveryNamesRefreshFromTheSnapshotWithoutPerAgentCalls() {
        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/states")).inScenario("rename").whenScenarioStateIs(STARTED)
                .willSetStateTo("renamed")
                .willReturn(json("{\"agentStates\":[" + record("Ava", "Available", "Sales") + "," + BREAK_1003 + "]," + LAST_POLL + "}")));
        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/states")).inScenario("rename").whenScenarioStateIs("renamed")
                .willReturn(json("{\"agentStates\":[" + record("Ava", "Renamed", "Support") + "," + BREAK_1003 + "]," + LAST_POLL + "}")));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
        watched = new WatchedPoller(clients, List.of("1001", "1003"), PollStrategy.BULK, 2, connection(), clock);

        watched.poll();
        assertThat(watched.metrics().value(info("1001", "Ava Available", "Sales", "ava@demo.example"))).hasValue(1.0);

        clock.advance(Duration.ofMinutes(11));
        watched.poll();

        assertThat(watched.metrics().value(info("1001", "Ava Renamed", "Support", "ava@demo.example"))).as("refreshed from the snapshot")
                .hasValue(1.0);
        assertThat(watched.metrics().value(info("1001", "Ava Available", "Sales", "ava@demo.example"))).isEmpty();
        assertThat(watched.states()).containsEntry("1001", "LOGGED_IN").containsEntry("1003", "LOGGED_IN");
        assertThat(server.countRequestsMatching(getRequestedFor(urlPathMatching(SERVICES + "/agents/[0-9]+.*")).build()).getCount())
                .as("per-agent calls of %s", watched.operations()).isZero();
        assertThat(server.countRequestsMatching(getRequestedFor(urlPathEqualTo(SERVICES + "/agents/states")).build()).getCount())
                .isEqualTo(2);
    }

    private static final String BREAK_1003 = "{\"agentId\":1003,\"agentStateId\":2,\"agentStateName\":\"Unavailable\","
            + "\"outStateDescription\":\"Break\",\"userName\":\"break@demo.example\",\"firstName\":\"Bea\",\"lastName\":\"Break\","
            + "\"teamName\":\"Support\"}";

    private static String record(String firstName, String lastName, String team) {
        return "{\"agentId\":1001,\"agentStateId\":1,\"agentStateName\":\"Available\",\"userName\":\"ava@demo.example\",\"firstName\":\""
                + firstName + "\",\"lastName\":\"" + lastName + "\",\"isActive\":true,\"teamId\":5002,\"teamName\":\"" + team + "\"}";
    }

    private ConnectionSettings connection() {
        return DemoSettings.forKey(server.baseUrl(), "key").withApiUrl(URI.create(server.baseUrl() + SERVICES));
    }
}
