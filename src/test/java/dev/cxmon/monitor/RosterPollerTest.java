package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.api.AgentView;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.simulator.Fault;
import dev.cxmon.simulator.FaultKind;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.SimulatorPerClass;
import dev.cxmon.testing.TestHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daemon's poll over real HTTP against a simulator the test controls, read back through the real
 * /q/metrics and /q/health/ready endpoints of the management interface.
 */
@QuarkusTest
class RosterPollerTest extends SimulatorPerClass {

    private static final List<String> ROSTER = List.of("1001", "1002", "1003", "1005", "9999", "notagent@demo.example", "break@demo.example");

    @Inject
    RosterPoller poller;

    @Inject
    RosterState state;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @BeforeEach
    void resetStates() {
        simulator.faults().clear();
        simulator.setAgentState(1001, 1, null);
        simulator.setAgentState(1002, 8, null);
        simulator.setAgentState(1003, 2, "Break");
        simulator.setAgentState(1005, 0, null);
        configure("demo-supervisor");
    }

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    private void configure(String accessKey) {
        configure(accessKey, ROSTER);
    }

    private void configure(String accessKey, List<String> roster) {
        configure(accessKey, roster, "30s");
    }

    private void configure(String accessKey, List<String> roster, String every) {
        ConnectionSettings connection = DemoSettings.forKey(simulator.baseUrl(), accessKey);
        MonitorSettings settings = new MonitorSettings(roster.stream().map(RosterEntry::of).toList(), schedule(every), 4,
                Duration.ofMinutes(10), false);
        poller.configure(settings, connection);
    }

    private static PollSchedule schedule(String every) {
        return ((PollSchedule.Valid) PollSchedule.parse(every, Optional.empty())).schedule();
    }

    private PrometheusText scrape() {
        return PrometheusText.scrape(metrics);
    }

    private static String state(String agent, String value) {
        return "cxone_agent_state{agent_id=\"" + agent + "\",state=\"" + value + "\"}";
    }

    private static String availability(String agent, String value) {
        return "cxone_agent_availability{agent_id=\"" + agent + "\",availability=\"" + value + "\"}";
    }

    private static String transitions(String agent, String from, String to) {
        return "cxone_agent_state_transitions_total{agent_id=\"" + agent + "\",from=\"" + from + "\",to=\"" + to + "\"}";
    }

    private static String errors(String agent, String reason) {
        return "cxone_agent_poll_errors_total{agent_id=\"" + agent + "\",reason=\"" + reason + "\"}";
    }

    @Test
    void everyMetricFollowsControlledStateChanges() {
        PrometheusText before = scrape();
        assertThat(poller.pollOnce()).isEqualTo(RosterPoller.Outcome.POLLED);
        PrometheusText first = scrape();

        assertThat(first.value(state("1001", "LOGGED_IN"))).hasValue(1.0);
        assertThat(first.value(state("1001", "LOGGED_OUT"))).hasValue(0.0);
        assertThat(first.value(state("1001", "ERROR"))).hasValue(0.0);
        assertThat(first.value(availability("1001", "AVAILABLE"))).hasValue(1.0);
        assertThat(first.value(availability("1001", "WORKING"))).hasValue(0.0);
        assertThat(first.value(state("1002", "LOGGED_IN"))).hasValue(1.0);
        assertThat(first.value(availability("1002", "UNAVAILABLE"))).as("logged in is not available").hasValue(1.0);
        assertThat(first.value(availability("1002", "AVAILABLE"))).hasValue(0.0);
        assertThat(first.value(state("1005", "LOGGED_OUT"))).hasValue(1.0);
        assertThat(first.value(availability("1005", "LOGGED_OUT"))).hasValue(1.0);
        assertThat(first.value(state("9999", "ERROR"))).hasValue(1.0);
        assertThat(first.value(availability("9999", "UNKNOWN"))).hasValue(1.0);
        assertThat(first.valueOrZero(errors("9999", "agent_id")) - before.valueOrZero(errors("9999", "agent_id"))).isEqualTo(1.0);
        assertThat(first.value(state("notagent@demo.example", "ERROR"))).hasValue(1.0);
        assertThat(first.value(state("1003", "LOGGED_IN"))).as("break@demo.example resolves to agent 1003").hasValue(1.0);
        assertThat(first.value("cxone_agent_info{agent_id=\"1001\",agent_name=\"Ava Available\",team=\"Sales\",user_name=\"available@demo.example\"}"))
                .hasValue(1.0);
        assertThat(first.value("cxone_roster_agents")).hasValue(6.0);
        assertThat(first.valueOrZero("cxone_poll_duration_seconds_count") - before.valueOrZero("cxone_poll_duration_seconds_count")).isEqualTo(1.0);
        assertThat(first.valueOrZero("cxone_poll_last_success_timestamp_seconds")).isGreaterThan(1.7e9);
        assertThat(first.valueOrZero("cxone_token_expiry_timestamp_seconds")).isGreaterThan(System.currentTimeMillis() / 1000.0);
        assertThat(first.all().keySet()).anyMatch(series -> series.startsWith("http_client_requests_seconds_count"));

        simulator.setAgentState(1001, 0, null);
        simulator.setAgentState(1005, 3, null);
        simulator.setAgentState(1002, 1, null);
        poller.pollOnce();
        PrometheusText second = scrape();
        assertThat(second.value(state("1001", "LOGGED_OUT"))).hasValue(1.0);
        assertThat(second.value(state("1001", "LOGGED_IN"))).hasValue(0.0);
        assertThat(second.value(availability("1005", "WORKING"))).hasValue(1.0);
        assertThat(second.value(availability("1002", "AVAILABLE"))).hasValue(1.0);
        assertThat(delta(first, second, transitions("1001", "LOGGED_IN", "LOGGED_OUT"))).isEqualTo(1.0);
        assertThat(delta(first, second, transitions("1005", "LOGGED_OUT", "LOGGED_IN"))).isEqualTo(1.0);
        assertThat(delta(first, second, transitions("1002", "LOGGED_IN", "LOGGED_IN"))).as("availability is not a state").isZero();
        assertThat(delta(first, second, errors("9999", "agent_id"))).isEqualTo(1.0);

        poller.pollOnce();
        PrometheusText third = scrape();
        assertThat(delta(second, third, transitions("1001", "LOGGED_IN", "LOGGED_OUT"))).as("no change, no transition").isZero();
        assertThat(delta(second, third, transitions("9999", "ERROR", "ERROR"))).as("a repeated error is no transition").isZero();
    }

    @Test
    void oneFailingAgentDoesNotAffectTheOthers() {
        simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 503, null, -1, "/agents/1003/states"));
        PrometheusText before = scrape();
        poller.pollOnce();
        PrometheusText after = scrape();
        assertThat(after.value(state("1003", "ERROR"))).hasValue(1.0);
        assertThat(delta(before, after, errors("1003", "server"))).isEqualTo(1.0);
        assertThat(after.value(state("1001", "LOGGED_IN"))).hasValue(1.0);
        assertThat(after.value(state("1002", "LOGGED_IN"))).hasValue(1.0);
        assertThat(after.value(state("1005", "LOGGED_OUT"))).hasValue(1.0);
        AgentView view = AgentView.of(state).stream().filter(v -> "1003".equals(v.ref())).findFirst().orElseThrow();
        assertThat(view.lastError().code()).isEqualTo("SERVER_ERROR");
        assertThat(view.lastError().reason()).isEqualTo("server");
    }

    @Test
    void pollsNeverOverlap() throws Exception {
        simulator.faults().set(new Fault(FaultKind.SLOW, 0, Duration.ofMillis(400), -1, "/agents/1001/states"));
        CyclicBarrier start = new CyclicBarrier(2);
        PrometheusText before = scrape();
        List<CompletableFuture<RosterPoller.Outcome>> polls = List.of(
                CompletableFuture.supplyAsync(() -> awaitThen(start)),
                CompletableFuture.supplyAsync(() -> awaitThen(start)));
        List<RosterPoller.Outcome> outcomes = polls.stream().map(CompletableFuture::join).toList();
        assertThat(outcomes).containsExactlyInAnyOrder(RosterPoller.Outcome.POLLED, RosterPoller.Outcome.SKIPPED_OVERLAP);
        assertThat(delta(before, scrape(), "cxone_poll_duration_seconds_count")).as("one poll ran, the other was skipped").isEqualTo(1.0);
    }

    private RosterPoller.Outcome awaitThen(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return poller.pollOnce();
    }

    @Test
    void readinessTurnsFalseWhenPollsFailAndTrueWhenTheyRecover() throws Exception {
        configure("demo-supervisor", ROSTER, "1s");
        poller.pollOnce();
        assertThat(status(readiness)).isEqualTo(200);

        simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 500, null, -1, null));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (status(readiness) == 200 && System.nanoTime() < deadline) {
            poller.pollOnce();
            Thread.sleep(250);
        }
        assertThat(status(readiness)).as("no agent read for three intervals (3 s)").isEqualTo(503);

        simulator.faults().clear();
        poller.pollOnce();
        assertThat(status(readiness)).as("recovered by itself").isEqualTo(200);
    }

    @Test
    void readinessIsFalseAtOnceWhenNoTokenCanBeObtained() throws Exception {
        poller.configure(new MonitorSettings(List.of(RosterEntry.of("1001")), schedule("30s"), 4, Duration.ofMinutes(10), false),
                DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor", "wrong-secret"));
        PrometheusText before = scrape();
        poller.pollOnce();
        assertThat(status(readiness)).isEqualTo(503);
        assertThat(delta(before, scrape(), errors("1001", "auth"))).isEqualTo(1.0);
    }

    @Test
    void missingPermissionMakesEveryAgentScopeError() {
        configure("demo-noscope");
        PrometheusText before = scrape();
        poller.pollOnce();
        PrometheusText after = scrape();
        for (String agent : List.of("1001", "1002", "1003", "1005")) {
            assertThat(after.value(state(agent, "ERROR"))).as(agent).hasValue(1.0);
            assertThat(delta(before, after, errors(agent, "scope"))).as(agent).isEqualTo(1.0);
        }
    }

    @Test
    void rateLimitingIsReportedAndRecoveredFromUnaided() {
        poller.pollOnce();
        simulator.faults().set(new Fault(FaultKind.RATE_LIMIT, 0, Duration.ofSeconds(1), -1, "/states"));
        PrometheusText before = scrape();
        poller.pollOnce();
        PrometheusText limited = scrape();
        assertThat(limited.value(state("1001", "ERROR"))).hasValue(1.0);
        assertThat(delta(before, limited, errors("1001", "rate_limited"))).isEqualTo(1.0);

        simulator.faults().clear();
        poller.pollOnce();
        PrometheusText recovered = scrape();
        assertThat(recovered.value(state("1001", "LOGGED_IN"))).hasValue(1.0);
        assertThat(delta(limited, recovered, transitions("1001", "ERROR", "LOGGED_IN"))).isEqualTo(1.0);
    }

    private static double delta(PrometheusText before, PrometheusText after, String series) {
        return after.valueOrZero(series) - before.valueOrZero(series);
    }

    private static int status(URL url) throws Exception {
        return TestHttp.client().send(HttpRequest.newBuilder(URI.create(url.toString())).timeout(TestHttp.REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
