package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.JarRunner;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.TestHttp;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The packaged daemon, started as the README says, observed only through its HTTP endpoints. */
class DaemonIT {

    private static final HttpClient HTTP = TestHttp.client();

    /** A running daemon on free ports, with its embedded simulator on a known port so the test can flip faults. */
    record Daemon(Process process, int management, int simulator, Path log) implements AutoCloseable {

        static Daemon start(String... props) throws IOException {
            int http = freePort();
            int management = freePort();
            int simulator = freePort();
            List<String> all = new ArrayList<>(List.of("-Dquarkus.http.port=" + http, "-Dquarkus.management.port=" + management,
                    "-Dcxone.simulator.port=" + simulator, "-Dcxone.poll.every=2s"));
            all.addAll(List.of(props));
            Path log = Files.createTempFile("daemon-it", ".log");
            Process process = new ProcessBuilder(JarRunner.command(all, List.of())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Daemon(process, management, simulator, log);
        }

        PrometheusText metrics() throws IOException {
            return PrometheusText.scrape(new URL("http://127.0.0.1:" + management + "/q/metrics"));
        }

        /** Scrapes until the condition holds, at most the given time; returns the matching scrape. */
        PrometheusText awaitMetrics(Duration within, Predicate<PrometheusText> condition) throws Exception {
            long deadline = System.nanoTime() + within.toNanos();
            PrometheusText last = null;
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    last = metrics();
                    if (condition.test(last)) {
                        return last;
                    }
                } catch (AssertionError | IOException notUpYet) {
                    // the management interface is not listening yet
                }
                Thread.sleep(250);
            }
            throw new AssertionError("condition not met within " + within + "; last scrape: "
                    + (last == null ? "none" : last.all()) + "\nlog:\n" + Files.readString(log));
        }

        void fault(String json) throws Exception {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator + "/simulator/faults")).timeout(TestHttp.REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).timeout(TestHttp.REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
        }

        void clearFaults() throws Exception {
            HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator + "/simulator/faults")).timeout(TestHttp.REQUEST_TIMEOUT).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            process.waitFor();
            Files.deleteIfExists(log);
        }
    }

    @Test
    void demoDaemonExportsStatesErrorsAndTransitionsAndRecoversFromRateLimiting() throws Exception {
        try (Daemon daemon = Daemon.start()) {
            // Startup plus two poll intervals of 2 s.
            PrometheusText first = daemon.awaitMetrics(Duration.ofSeconds(25),
                    m -> m.value("cxone_agent_state{agent_id=\"1001\",state=\"LOGGED_IN\"}").orElse(0) == 1.0
                            && m.value("cxone_agent_state{agent_id=\"9999\",state=\"ERROR\"}").orElse(0) == 1.0);
            assertThat(first.all().entrySet()).anyMatch(e -> e.getKey().startsWith("cxone_agent_state{") && e.getKey().endsWith("state=\"LOGGED_OUT\"}")
                    && e.getValue() == 1.0);
            for (String availability : List.of("AVAILABLE", "UNAVAILABLE", "WORKING", "LOGGED_OUT", "UNKNOWN")) {
                assertThat(first.value("cxone_agent_availability{agent_id=\"1001\",availability=\"" + availability + "\"}")).isPresent();
            }
            String errors9999 = "cxone_agent_poll_errors_total{agent_id=\"9999\",reason=\"agent_id\"}";
            double firstErrors = first.valueOrZero(errors9999);
            double firstTransitions = sumOf(first, "cxone_agent_state_transitions_total{");

            PrometheusText later = daemon.awaitMetrics(Duration.ofSeconds(15),
                    m -> m.valueOrZero(errors9999) > firstErrors && sumOf(m, "cxone_agent_state_transitions_total{") > firstTransitions + 1);
            assertThat(later.valueOrZero(errors9999)).isGreaterThan(firstErrors);

            daemon.fault("{\"kind\":\"RATE_LIMIT\",\"retryAfterSeconds\":1,\"pathContains\":\"/states\"}");
            String limited = "cxone_agent_poll_errors_total{agent_id=\"1001\",reason=\"rate_limited\"}";
            daemon.awaitMetrics(Duration.ofSeconds(10), m -> m.valueOrZero(limited) >= 1
                    && m.valueOrZero("cxone_agent_state{agent_id=\"1001\",state=\"ERROR\"}") == 1.0);
            daemon.clearFaults();
            daemon.awaitMetrics(Duration.ofSeconds(10), m -> m.valueOrZero("cxone_agent_state{agent_id=\"1001\",state=\"ERROR\"}") == 0.0
                    && m.valueOrZero("cxone_agent_state{agent_id=\"1001\",state=\"LOGGED_IN\"}") == 1.0);
            assertThat(daemon.process().isAlive()).isTrue();
        }
    }

    @Test
    void withoutAgentStatePermissionEveryAgentIsAScopeError() throws Exception {
        try (Daemon daemon = Daemon.start("-Dcxone.simulator.enabled=true", "-Dcxone.username=demo-noscope",
                "-Dcxone.password=demo-noscope-secret")) {
            List<String> agents = List.of("1001", "1002", "1003", "1004", "1005", "1006", "9999");
            PrometheusText metrics = daemon.awaitMetrics(Duration.ofSeconds(25), m -> agents.stream().allMatch(a ->
                    m.valueOrZero("cxone_agent_state{agent_id=\"" + a + "\",state=\"ERROR\"}") == 1.0
                            && m.valueOrZero("cxone_agent_poll_errors_total{agent_id=\"" + a + "\",reason=\"scope\"}") >= 1));
            assertThat(metrics.value("cxone_agent_poll_errors_total{agent_id=\"notagent@demo.example\",reason=\"agent_id\"}"))
                    .as("a user without the agent role is an ID problem, whatever the token may see").isPresent();
        }
    }

    @Test
    void invalidConfigurationStopsStartupWithAMessageNamingTheKey() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.poll.every=soon", "-Dcxone.roster=1001"), List.of());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("cxone.poll.every").contains("not starting");
    }

    private static double sumOf(PrometheusText metrics, String prefix) {
        return metrics.all().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToDouble(e -> e.getValue()).sum();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
