package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.RestClients;
import dev.cxmon.simulator.SimulatorOperations;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.SimulatorPerTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A roster far larger than one poll can look up at 20 calls/s: the entries whose lookup never ran are a capacity
 * problem (reason not_polled), never agent_id, which would page CXoneAgentIdError for IDs nobody found wrong.
 */
@QuarkusTest
class OverCapacityTest extends SimulatorPerTest {

    private static final int ROSTER_SIZE = 1_000;

    @Inject
    RestClients clients;

    private WatchedPoller watched;

    @AfterEach
    void stopPolling() {
        if (watched != null) {
            watched.close();
        }
    }

    @Test
    void entriesNotLookedUpWithinThePollAreNotPolledNotAgentIdErrors() {
        // User names must be looked up before anything can be read; none of these exists, so a lookup that ran says agent_id.
        List<String> roster = IntStream.range(0, ROSTER_SIZE).mapToObj(i -> "nobody" + i + "@demo.example").toList();
        watched = new WatchedPoller(clients, roster, PollStrategy.PER_AGENT, 8,
                DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor").withReadTimeout(Duration.ofSeconds(1)), Clock.systemUTC(), "2s");

        watched.poll();

        PrometheusText metrics = watched.metrics();
        long lookups = simulator.requests().snapshot().getOrDefault(SimulatorOperations.AGENTS_SEARCH, 0L);
        double agentIdErrors = metrics.sum("cxone_agent_poll_errors_total{") - notAgentId(metrics);
        double notPolled = roster.stream().mapToDouble(a -> metrics.valueOrZero(WatchedPoller.errors(a, "not_polled"))).sum();
        assertThat(lookups).as("the roster is far beyond one poll's lookups").isLessThan(ROSTER_SIZE / 2);
        assertThat(agentIdErrors).as("agent_id only for entries CXone was asked about").isLessThanOrEqualTo(lookups);
        assertThat(agentIdErrors + notPolled).as("every entry is ERROR, the rest for capacity; errors by reason: "
                + metrics.all().entrySet().stream().filter(e -> e.getKey().startsWith("cxone_agent_poll_errors_total{"))
                        .collect(java.util.stream.Collectors.groupingBy(e -> e.getKey().replaceAll(".*reason=\"([^\"]*)\".*", "$1"),
                                java.util.stream.Collectors.summingDouble(java.util.Map.Entry::getValue))))
                .isEqualTo(ROSTER_SIZE);
        assertThat(watched.states().values()).containsOnly("ERROR");
    }

    private static double notAgentId(PrometheusText metrics) {
        return metrics.all().entrySet().stream()
                .filter(e -> e.getKey().startsWith("cxone_agent_poll_errors_total{") && !e.getKey().contains("reason=\"agent_id\""))
                .mapToDouble(java.util.Map.Entry::getValue).sum();
    }
}
