package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.api.AgentView;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.cxone.CallPolicy;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.metrics.AgentMetrics;
import dev.cxmon.metrics.BulkMetrics;
import dev.cxmon.testing.PrometheusText;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A poller with the daemon's call policy (20 calls/s, 2 retries) and its own registry, read back the way Prometheus
 * reads the daemon: state, transitions and errors per agent from the exposition text.
 */
final class WatchedPoller implements AutoCloseable {

    private static final Pattern STATE = Pattern.compile("cxone_agent_state\\{agent_id=\"([^\"]+)\",state=\"([A-Z_]+)\",?} 1\\.0");

    private final RosterPoller poller;
    private final RosterState state = new RosterState();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<String> operations = new CopyOnWriteArrayList<>();

    WatchedPoller(RestClients clients, List<String> roster, PollStrategy strategy, int concurrency, ConnectionSettings connection,
            Clock clock) {
        this(clients, roster, strategy, concurrency, connection, clock, "30s");
    }

    /** @param every the poll interval, as cxone.poll.every: it sets the poll's deadline */
    WatchedPoller(RestClients clients, List<String> roster, PollStrategy strategy, int concurrency, ConnectionSettings connection,
            Clock clock, String every) {
        new BulkMetrics(registry, state);
        poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, true), clock,
                exchange -> operations.add(exchange.operation()), () -> CallPolicy.of(20, 2));
        poller.configure(new MonitorSettings(roster.stream().map(RosterEntry::of).toList(),
                ((PollSchedule.Valid) PollSchedule.parse(every, Optional.empty())).schedule(), concurrency, Duration.ofMinutes(10), false,
                strategy, Duration.ofMinutes(10)), connection);
    }

    /** One poll, which must run to its end whatever CXone did. */
    void poll() {
        assertThat(poller.pollOnce()).isEqualTo(RosterPoller.Outcome.POLLED);
    }

    /** One poll as the scheduler runs it: its outcome, whatever it is. */
    RosterPoller.Outcome tryPoll() {
        return poller.pollOnce();
    }

    Duration pollBudget() {
        return poller.pollBudget();
    }

    /** The operations sent to CXone (Operation names), in the order they were answered or failed. */
    List<String> operations() {
        return List.copyOf(operations);
    }

    PrometheusText metrics() {
        return PrometheusText.parse(registry.scrape());
    }

    /** Each agent's current state label (LOGGED_IN, LOGGED_OUT, ERROR). */
    Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        Matcher m = STATE.matcher(registry.scrape());
        while (m.find()) {
            states.put(m.group(1), m.group(2));
        }
        return states;
    }

    /** Each agent's availability label beside its state, e.g. "LOGGED_IN/UNAVAILABLE". */
    Map<String, String> statesAndAvailability() {
        Map<String, String> both = new TreeMap<>();
        Matcher m = Pattern.compile("cxone_agent_availability\\{agent_id=\"([^\"]+)\",availability=\"([A-Z_]+)\",?} 1\\.0")
                .matcher(registry.scrape());
        Map<String, String> states = states();
        while (m.find()) {
            both.put(m.group(1), states.get(m.group(1)) + "/" + m.group(2));
        }
        return both;
    }

    AgentView view(String ref) {
        return AgentView.of(state).stream().filter(v -> ref.equals(v.ref())).findFirst().orElseThrow();
    }

    static String transitions(String agent, String from, String to) {
        return "cxone_agent_state_transitions_total{agent_id=\"" + agent + "\",from=\"" + from + "\",to=\"" + to + "\"}";
    }

    static String errors(String agent, String reason) {
        return "cxone_agent_poll_errors_total{agent_id=\"" + agent + "\",reason=\"" + reason + "\"}";
    }

    @Override
    public void close() {
        poller.shutdown();
        registry.close();
    }
}
