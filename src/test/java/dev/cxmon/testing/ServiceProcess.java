package dev.cxmon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The packaged daemon as a separate process on free ports, with its embedded simulator on a known port so a
 * test can switch the simulator's faults. Observed only through HTTP, as an operator would.
 */
public record ServiceProcess(Process process, int http, int management, int simulator, Path log) implements AutoCloseable {

    public static ServiceProcess start(String... props) throws IOException {
        int http = freePort();
        int management = freePort();
        int simulator = freePort();
        List<String> all = new ArrayList<>(List.of("-Dquarkus.http.port=" + http, "-Dquarkus.management.port=" + management,
                "-Dcxone.simulator.port=" + simulator, "-Dcxone.poll.every=2s"));
        all.addAll(List.of(props));
        Path log = Files.createTempFile("cxmon-service", ".log");
        Process process = new ProcessBuilder(JarRunner.command(all, List.of())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServiceProcess(process, http, management, simulator, log);
    }

    /** host:port of the management interface, as a Prometheus scrape target. */
    public String metricsTarget() {
        return "127.0.0.1:" + management;
    }

    public PrometheusText metrics() throws IOException {
        return PrometheusText.scrape(new URL("http://127.0.0.1:" + management + "/q/metrics"));
    }

    /** Scrapes until the condition holds, at most the given time; returns the matching scrape. */
    public PrometheusText awaitMetrics(Duration within, Predicate<PrometheusText> condition) throws Exception {
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

    public void fault(String json) throws Exception {
        HttpResponse<String> response = TestHttp.client().send(HttpRequest.newBuilder(simulatorUri("/simulator/faults"))
                .timeout(TestHttp.REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
    }

    public void clearFaults() throws Exception {
        TestHttp.client().send(HttpRequest.newBuilder(simulatorUri("/simulator/faults")).timeout(TestHttp.REQUEST_TIMEOUT).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private URI simulatorUri(String path) {
        return URI.create("http://127.0.0.1:" + simulator + path);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        Files.deleteIfExists(log);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
