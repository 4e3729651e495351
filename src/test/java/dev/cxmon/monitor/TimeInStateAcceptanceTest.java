package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxmon.api.AgentView;
import dev.cxmon.cxone.CallPolicy;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.metrics.AgentMetrics;
import dev.cxmon.metrics.PollRenderedPrometheusRegistry;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.SimulatorPerTest;
import dev.cxmon.testing.TestHttp;
import io.micrometer.prometheus.PrometheusConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13's acceptance for the agent side: the simulator takes agent 1001 (team Sales) through Available, Unavailable
 * "Break", after-call work and Available again, through its control API over HTTP; the monitor polls after each step, and
 * the exposition of /q/metrics' registry (the poll-rendered one, so its cached per-agent text is what is read) carries
 * exact values for every new family: the state start is the simulator's startDate of that state. With the simulator as it
 * is, ACW arrives as Unavailable with the code "After Call Work" (isACW false), so ACW is decided by the code's name.
 */
@QuarkusTest
class TimeInStateAcceptanceTest extends SimulatorPerTest {

    private static final String AGENT = "1001";
    private static final String TEAM = "Sales";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RestClients clients;

    /** A poller of its own, on the daemon's registry type, per-agent or aggregate. */
    private final class Monitor implements AutoCloseable {
        final RosterState state = new RosterState();
        final PollRenderedPrometheusRegistry registry = new PollRenderedPrometheusRegistry(PrometheusConfig.DEFAULT);
        final RosterPoller poller;

        Monitor(boolean perAgent, PollStrategy strategy) {
            poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, perAgent), Clock.systemUTC(), ExchangeListener.NONE,
                    CallPolicy::unlimited);
            poller.configure(new MonitorSettings(List.of(RosterEntry.of(AGENT)),
                    ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 2, Duration.ofMinutes(10), false, strategy,
                    Duration.ofMinutes(10)), DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"));
        }

        PrometheusText poll() {
            assertThat(poller.pollOnce()).isEqualTo(RosterPoller.Outcome.POLLED);
            return PrometheusText.parse(registry.scrape());
        }

        AgentView view() {
            return AgentView.of(state).get(0);
        }

        @Override
        public void close() {
            poller.shutdown();
            registry.close();
        }
    }

    /** Sets 1001's state through the simulator's control API; returns the startDate of the state it answers with. */
    private Instant setState(int stateId, String reason) throws Exception {
        String body = JSON.createObjectNode().put("agentStateId", stateId).put("outStateDescription", reason).toString();
        HttpResponse<String> answer = TestHttp.client().send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                + "/simulator/agents/" + AGENT + "/state")).timeout(TestHttp.REQUEST_TIMEOUT)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode record = JSON.readTree(answer.body());
        return Instant.parse(record.get("startDate").asText());
    }

    private static double seconds(Instant at) {
        return at.toEpochMilli() / 1000.0;
    }

    private static String started() {
        return "cxone_agent_state_started_timestamp_seconds{agent_id=\"" + AGENT + "\"}";
    }

    private static String transitions(String from, String to) {
        return "cxone_agent_availability_transitions_total{agent_id=\"" + AGENT + "\",from=\"" + from + "\",to=\"" + to + "\"}";
    }

    private static String reason(String reason) {
        return "cxone_agent_unavailable_reason{agent_id=\"" + AGENT + "\",reason=\"" + reason + "\"}";
    }

    private static String rosterUnavailable(String reason) {
        return "cxone_roster_agents_unavailable{reason=\"" + reason + "\",team=\"" + TEAM + "\"}";
    }

    private static String availability(String value) {
        return "cxone_agent_availability{agent_id=\"" + AGENT + "\",availability=\"" + value + "\"}";
    }

    @ParameterizedTest
    @EnumSource(value = PollStrategy.class, names = {"PER_AGENT", "BULK"})
    void availableBreakAfterCallWorkAvailablePerAgent(PollStrategy strategy) throws Exception {
        try (Monitor monitor = new Monitor(true, strategy)) {
            Instant available = setState(1, null);
            PrometheusText first = monitor.poll();
            assertThat(first.value(availability("AVAILABLE"))).hasValue(1);
            assertThat(first.value(started())).hasValue(seconds(available));
            assertThat(first.sum("cxone_agent_availability_transitions_total")).as("a first observation is no transition").isZero();
            assertThat(first.sum("cxone_agent_unavailable_reason")).isZero();
            assertThat(first.sum("cxone_roster_agents_unavailable")).isZero();
            assertThat(monitor.view().since()).isEqualTo(available);
            assertThat(monitor.view().sinceSource()).isEqualTo("cxone");

            Instant onBreak = setState(2, "Break");
            PrometheusText breakPoll = monitor.poll();
            assertThat(breakPoll.value(availability("UNAVAILABLE"))).hasValue(1);
            assertThat(breakPoll.value(started())).hasValue(seconds(onBreak));
            assertThat(breakPoll.value(transitions("AVAILABLE", "UNAVAILABLE"))).hasValue(1);
            assertThat(breakPoll.sum("cxone_agent_availability_transitions_total")).isEqualTo(1);
            assertThat(breakPoll.value(reason("Break"))).hasValue(1);
            assertThat(breakPoll.sum("cxone_agent_unavailable_reason")).as("one series per agent").isEqualTo(1);
            assertThat(breakPoll.value(rosterUnavailable("Break"))).hasValue(1);
            assertThat(breakPoll.sum("cxone_roster_agents_unavailable")).isEqualTo(1);
            assertThat(monitor.view().since()).isEqualTo(onBreak);

            Instant afterCallWork = setState(2, "After Call Work");
            PrometheusText acwPoll = monitor.poll();
            assertThat(acwPoll.value(availability("ACW"))).hasValue(1);
            assertThat(acwPoll.value(availability("UNAVAILABLE"))).hasValue(0);
            assertThat(acwPoll.value(started())).hasValue(seconds(afterCallWork));
            assertThat(acwPoll.value(transitions("UNAVAILABLE", "ACW"))).hasValue(1);
            assertThat(acwPoll.sum("cxone_agent_availability_transitions_total")).isEqualTo(2);
            assertThat(acwPoll.sum("cxone_agent_unavailable_reason")).as("ACW is no unavailable reason").isZero();
            assertThat(acwPoll.sum("cxone_roster_agents_unavailable")).isZero();
            assertThat(monitor.view().availability()).isEqualTo("ACW");

            Instant availableAgain = setState(1, null);
            PrometheusText last = monitor.poll();
            assertThat(last.value(availability("AVAILABLE"))).hasValue(1);
            assertThat(last.value(started())).hasValue(seconds(availableAgain));
            assertThat(last.value(transitions("AVAILABLE", "UNAVAILABLE"))).hasValue(1);
            assertThat(last.value(transitions("UNAVAILABLE", "ACW"))).hasValue(1);
            assertThat(last.value(transitions("ACW", "AVAILABLE"))).hasValue(1);
            assertThat(last.sum("cxone_agent_availability_transitions_total")).isEqualTo(3);
            assertThat(last.sum("cxone_agent_unavailable_reason")).isZero();
            assertThat(last.sum("cxone_roster_agents_unavailable")).isZero();
            assertThat(last.sum("cxone_agent_state_transitions_total")).as("logged in throughout").isZero();
            assertThat(monitor.view().since()).isEqualTo(availableAgain);
            assertThat(monitor.view().sinceSource()).isEqualTo("cxone");
            assertThat(monitor.view().loggedInSince()).as("logged in since the first poll").isNotNull()
                    .isBeforeOrEqualTo(monitor.view().lastPolled());
        }
    }

    @ParameterizedTest
    @EnumSource(value = PollStrategy.class, names = {"PER_AGENT", "BULK"})
    void theAggregatesWithoutSeriesPerAgent(PollStrategy strategy) throws Exception {
        try (Monitor monitor = new Monitor(false, strategy)) {
            setState(1, null);
            PrometheusText first = monitor.poll();
            assertThat(first.sum("cxone_roster_availability_transitions_total")).isZero();
            assertThat(first.value("cxone_roster_availability_transitions_total{from=\"AVAILABLE\",to=\"UNAVAILABLE\"}"))
                    .as("every pair exists from the start").hasValue(0);
            assertThat(first.sum("cxone_roster_agents_unavailable")).isZero();

            setState(2, "Break");
            PrometheusText breakPoll = monitor.poll();
            assertThat(breakPoll.value(rosterUnavailable("Break"))).hasValue(1);
            assertThat(breakPoll.sum("cxone_roster_agents_unavailable")).isEqualTo(1);
            assertThat(breakPoll.value("cxone_roster_availability_transitions_total{from=\"AVAILABLE\",to=\"UNAVAILABLE\"}")).hasValue(1);

            setState(2, "After Call Work");
            PrometheusText acwPoll = monitor.poll();
            assertThat(acwPoll.sum("cxone_roster_agents_unavailable")).isZero();
            assertThat(acwPoll.value("cxone_roster_agents_by_availability{availability=\"ACW\"}")).hasValue(1);
            assertThat(acwPoll.value("cxone_roster_availability_transitions_total{from=\"UNAVAILABLE\",to=\"ACW\"}")).hasValue(1);

            setState(1, null);
            PrometheusText last = monitor.poll();
            assertThat(last.value("cxone_roster_availability_transitions_total{from=\"ACW\",to=\"AVAILABLE\"}")).hasValue(1);
            assertThat(last.sum("cxone_roster_availability_transitions_total")).isEqualTo(3);
            assertThat(last.sum("cxone_roster_agents_unavailable")).isZero();
            assertThat(last.all().keySet()).as("no series per agent").noneMatch(series -> series.contains("agent_id="));
        }
    }
}
