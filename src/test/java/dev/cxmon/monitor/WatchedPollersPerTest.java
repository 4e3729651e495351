package dev.cxmon.monitor;

import dev.cxmon.cxone.RestClients;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.SimulatorPerTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * A fresh simulator for each test ({@link SimulatorPerTest}) and the {@link WatchedPoller}s a test opens on it with the
 * demo supervisor's access key, closed after the test and before the simulator stops.
 */
abstract class WatchedPollersPerTest extends SimulatorPerTest {

    @Inject
    RestClients clients;

    private final List<WatchedPoller> pollers = new ArrayList<>();

    protected WatchedPoller poller(List<String> roster, PollStrategy strategy, int concurrency, Clock clock) {
        WatchedPoller watched = new WatchedPoller(clients, roster, strategy, concurrency,
                DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"), clock);
        pollers.add(watched);
        return watched;
    }

    @AfterEach
    void closePollers() {
        pollers.forEach(WatchedPoller::close);
    }
}
