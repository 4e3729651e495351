package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.api.AgentView;
import dev.cxmon.cxone.CallPolicy;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.metrics.AgentMetrics;
import dev.cxmon.metrics.BulkMetrics;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.SimulatorPerTest;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Error out of a poll (what an OutOfMemoryError while reading the bulk answer was) must not leave the agents at
 * the state they had: every agent is ERROR for that poll, and the next poll reads them again.
 */
@QuarkusTest
class PollBoundaryTest extends SimulatorPerTest {

    @Inject
    RestClients clients;

    private RosterPoller poller;
    private final RosterState state = new RosterState();
    private final AtomicBoolean failBulk = new AtomicBoolean();

    @BeforeEach
    void configurePoller() {
        simulator.setAgentState(1001, 1, null);
        simulator.setAgentState(1002, 8, null);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new BulkMetrics(registry, state);
        poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, true), Clock.systemUTC(),
                exchange -> {
                    if (failBulk.get() && "BULK_STATES".equals(exchange.operation())) {
                        throw new OutOfMemoryError("simulated: Java heap space");
                    }
                }, () -> CallPolicy.of(20, 2));
        poller.configure(new MonitorSettings(List.of(RosterEntry.of("1001"), RosterEntry.of("1002")),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 4, Duration.ofMinutes(10), false,
                PollStrategy.BULK, Duration.ofMinutes(10)), DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"));
    }

    @AfterEach
    void stopPoller() {
        poller.shutdown();
    }

    @Test
    void anErrorEscapingAPollMakesEveryAgentErrorNotTheirLastState() {
        assertThat(poller.pollOnce()).isEqualTo(RosterPoller.Outcome.POLLED);
        assertThat(AgentView.of(state)).extracting(AgentView::status).doesNotContain("ERROR");

        failBulk.set(true);
        assertThat(poller.pollOnce()).isEqualTo(RosterPoller.Outcome.FAILED);
        assertThat(AgentView.of(state)).allSatisfy(view -> {
            assertThat(view.status()).isEqualTo("ERROR");
            assertThat(view.lastError().message()).contains("the poll failed unexpectedly (OutOfMemoryError)");
        });

        failBulk.set(false);
        assertThat(poller.pollOnce()).isEqualTo(RosterPoller.Outcome.POLLED);
        assertThat(AgentView.of(state)).extracting(AgentView::status).doesNotContain("ERROR");
    }
}
