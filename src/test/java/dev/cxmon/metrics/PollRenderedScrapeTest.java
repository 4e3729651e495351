package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.monitor.AgentChange;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.MonitorSettings;
import dev.cxmon.monitor.PollSchedule;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.TestHttp;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * /q/metrics serves the per-agent families as rendered when the last poll ended (docs/performance.md, "The scrape"):
 * a scrape never re-reads the roster state by itself, and the end of a poll shows its values at the very next scrape,
 * in both formats Quarkus answers with (text/plain 0.0.4, which Prometheus' Accept header gets, and OpenMetrics).
 */
@QuarkusTest
class PollRenderedScrapeTest extends DemoRosterScrape {

    private static final String LOGGED_IN = "cxone_agent_state{agent_id=\"1001\",state=\"LOGGED_IN\"}";
    private static final String LOGGED_OUT = "cxone_agent_state{agent_id=\"1001\",state=\"LOGGED_OUT\"}";

    /** What Prometheus 2 and 3 send: it names text/plain, so Quarkus answers in the 0.0.4 text format. */
    private static final String PROMETHEUS_ACCEPT = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
            + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
    /** No Accept header: Quarkus answers in OpenMetrics. */
    private static final String NO_ACCEPT = "";

    @Inject
    RosterState state;

    @Inject
    AgentMetrics metrics;

    @Test
    void theAgentFamiliesChangeWhenAPollEndsAndNotBefore() throws Exception {
        poller.configure(new MonitorSettings(List.of(RosterEntry.of("1001")),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 1, Duration.ofMinutes(10), true),
                connection.fromConfig());
        simulator.running().setAgentState(1001, 1, null);
        poller.pollOnce();
        assertBoth(LOGGED_IN, 1.0, LOGGED_OUT, 0.0);

        // The roster state holds an observation whose poll has not ended: a scrape still shows the last poll's end.
        ResolvedAgent agent = state.roster().stream().filter(a -> a.key().equals("1001")).findFirst().orElseThrow();
        List<AgentChange> changes = state.record(List.of(Map.entry(agent, new AgentObservation(AgentStatus.LOGGED_OUT,
                Availability.LOGGED_OUT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Instant.now()))));
        assertBoth(LOGGED_IN, 1.0, LOGGED_OUT, 0.0);

        metrics.polled(changes);
        assertBoth(LOGGED_IN, 0.0, LOGGED_OUT, 1.0);

        // And a real poll against the simulator, the daemon's way.
        poller.pollOnce();
        assertBoth(LOGGED_IN, 1.0, LOGGED_OUT, 0.0);
    }

    private void assertBoth(String series, double value, String other, double otherValue) throws Exception {
        for (String accept : new String[] {PROMETHEUS_ACCEPT, NO_ACCEPT}) {
            PrometheusText scraped = PrometheusText.parse(scrape(accept));
            assertThat(scraped.value(series)).as(series + " with Accept: " + accept).hasValue(value);
            assertThat(scraped.value(other)).as(other + " with Accept: " + accept).hasValue(otherValue);
        }
    }

    private String scrape(String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(metricsUrl.toString())).timeout(TestHttp.REQUEST_TIMEOUT);
        if (!accept.isEmpty()) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = TestHttp.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        if (accept.isEmpty()) {
            assertThat(response.body()).as("one OpenMetrics document").endsWith("# EOF\n").containsOnlyOnce("# EOF");
        }
        return response.body();
    }
}
