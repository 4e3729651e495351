package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.ServiceProcess;
import dev.cxmon.testing.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 16.5 MB answer of millions of empty records, under the heap of a 512 Mi pod and less (-Xmx256m), on the packaged
 * jar: the daemon keeps polling, reports the agents ERROR (malformed), keeps its ports and health probes answering,
 * recovers when the answers are sane again, and stops on SIGTERM.
 */
class LargeAnswerIT {

    private static final List<String> ROSTER = List.of("1001", "1002", "1003");

    @ParameterizedTest
    @ValueSource(strings = {"bulk", "per-agent"})
    void millionsOfEmptyRecordsUnderTheByteCapAreMalformedAndTheDaemonStaysUp(String strategy) throws Exception {
        try (ServiceProcess daemon = ServiceProcess.start("-Xmx256m", "-Dcxone.poll.strategy=" + strategy, "-Dcxone.poll.every=2s",
                "-Dcxone.roster=" + String.join(",", ROSTER))) {
            daemon.awaitMetrics(Duration.ofSeconds(60), m -> ROSTER.stream().allMatch(a -> m.valueOrZero(state(a, "LOGGED_OUT"))
                    + m.valueOrZero(state(a, "LOGGED_IN")) == 1.0));

            daemon.fault("{\"kind\":\"MANY_EMPTY_RECORDS\",\"pathContains\":\"/states\"}");
            PrometheusText faulted = daemon.awaitMetrics(Duration.ofSeconds(60),
                    m -> ROSTER.stream().allMatch(a -> m.valueOrZero(state(a, "ERROR")) == 1.0 && m.valueOrZero(errors(a)) >= 1.0));
            double before = faulted.valueOrZero(errors("1001"));
            daemon.awaitMetrics(Duration.ofSeconds(30), m -> m.valueOrZero(errors("1001")) >= before + 2);

            assertThat(status(daemon.management(), "/q/health/live")).as("liveness").isEqualTo(200);
            assertThat(status(daemon.management(), "/q/health/ready")).as("readiness answers").isBetween(200, 503);
            assertThat(status(daemon.http(), "/api/agents")).as("status API").isEqualTo(200);

            daemon.clearFaults();
            daemon.awaitMetrics(Duration.ofSeconds(30), m -> ROSTER.stream().allMatch(a -> m.valueOrZero(state(a, "ERROR")) == 0.0));

            daemon.process().destroy();
            assertThat(daemon.process().waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            assertThat(Files.readString(daemon.log())).doesNotContain("OutOfMemoryError");
        }
    }

    private static int status(int port, String path) throws Exception {
        return TestHttp.client().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String state(String agent, String state) {
        return "cxone_agent_state{agent_id=\"" + agent + "\",state=\"" + state + "\"}";
    }

    private static String errors(String agent) {
        return "cxone_agent_poll_errors_total{agent_id=\"" + agent + "\",reason=\"malformed\"}";
    }
}
