package dev.cxmon.metrics;

import dev.cxmon.config.ConnectionSettingsFactory;
import dev.cxmon.demo.SimulatorLauncher;
import dev.cxmon.monitor.RosterPoller;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URL;

/** What the metrics tests that poll the demo roster and scrape it use: the application's poller, the demo simulator, and /q/metrics. */
abstract class DemoRosterScrape {

    @Inject
    RosterPoller poller;

    @Inject
    ConnectionSettingsFactory connection;

    @Inject
    SimulatorLauncher simulator;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;
}
