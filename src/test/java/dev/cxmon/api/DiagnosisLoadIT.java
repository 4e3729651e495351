package dev.cxmon.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.ServiceProcess;
import dev.cxmon.testing.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diagnosis endpoint of the packaged daemon under a burst of requests, counted at the simulator: diagnoses share
 * the daemon's token and rate limit, run at most two at a time, and every call they make is in cxone_api_requests_total.
 */
class DiagnosisLoadIT {

    private static final String API_TOKEN = "load-it-api-token";
    private static final double PER_SECOND = 10;
    private static final int BURST = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    static ServiceProcess daemon;

    @BeforeAll
    static void startDaemon() throws Exception {
        // One poll at start, none during the test: every CXone call while the burst runs is a diagnosis' call.
        daemon = ServiceProcess.start("-Dcxone.poll.every=1h", "-Dcxone.api-token=" + API_TOKEN,
                "-Dcxone.rate-limit.per-second=" + (int) PER_SECOND);
        daemon.awaitMetrics(Duration.ofSeconds(30), m -> m.valueOrZero("cxone_poll_last_success_timestamp_seconds") > 0);
        // The first poll's roster resolution may still be finishing its calls.
        awaitQuietSimulator();
    }

    @AfterAll
    static void stopDaemon() throws Exception {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void aBurstOfDiagnosesSharesTheTokenAndTheRateLimitAndIsCounted() throws Exception {
        resetSimulatorCounts();
        double countedBefore = daemon.metrics().sum("cxone_api_requests_total{");
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            answers.add(TestHttp.client().sendAsync(diagnosis("1003").timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonNode received = simulatorCounts();

        List<HttpResponse<String>> ok = answers.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 200).toList();
        List<HttpResponse<String>> busy = answers.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 429).toList();
        assertThat(ok.size() + busy.size()).as("every answer is a report or 'busy'").isEqualTo(BURST);
        assertThat(ok).as("some diagnoses ran").isNotEmpty();
        assertThat(busy).as("most were turned away instead of queueing without bound").isNotEmpty();
        for (HttpResponse<String> answer : busy) {
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(answer.body()).path("error").asText()).contains("diagnos");
        }
        for (HttpResponse<String> answer : answers.stream().map(CompletableFuture::join).toList()) {
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        for (HttpResponse<String> answer : ok) {
            assertThat(JSON.readTree(answer.body()).path("rootCause").asText()).isEqualTo("AGENT_UNAVAILABLE");
        }

        long calls = received.path("total").asLong();
        assertThat(received.path("operations").path("auth.token").asLong())
                .as("diagnoses use the daemon's token; no password grant per request").isZero();
        assertThat(calls).as("the diagnoses that ran called CXone").isPositive();
        // A token bucket of PER_SECOND a second with a burst of PER_SECOND: at most this many calls in the elapsed time.
        assertThat((double) calls).as("calls to CXone in %.1f s at %s/s", seconds, PER_SECOND)
                .isLessThanOrEqualTo(PER_SECOND * seconds + PER_SECOND);

        awaitQuietSimulator();
        long receivedInAll = simulatorCounts().path("total").asLong();
        PrometheusText after = daemon.metrics();
        assertThat(after.sum("cxone_api_requests_total{") - countedBefore).as("every call of the diagnoses is counted")
                .isEqualTo((double) receivedInAll);
    }

    @Test
    void anInvalidRefOrAnotherMethodIsRefusedBeforeAnyCall() throws Exception {
        awaitQuietSimulator();
        resetSimulatorCounts();

        HttpResponse<String> invalid = send(diagnosis("not%20a%20ref").GET().build());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(invalid.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(JSON.readTree(invalid.body()).path("error").asText()).contains("not a ref").doesNotContain("--agent");

        HttpResponse<String> tooLong = send(diagnosis("a".repeat(300)).GET().build());
        assertThat(tooLong.statusCode()).isEqualTo(400);

        for (String method : List.of("HEAD", "POST", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> other = send(diagnosis("1003").method(method, HttpRequest.BodyPublishers.noBody()).build());
            assertThat(other.statusCode()).as(method).isEqualTo(405);
            assertThat(other.headers().firstValue("Allow")).as(method).hasValue("GET");
        }

        assertThat(simulatorCounts().path("total").asLong()).as("no call to CXone for any of these").isZero();
    }

    private static HttpRequest.Builder diagnosis(String ref) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + daemon.http() + "/api/agents/" + ref + "/diagnosis"))
                .timeout(TestHttp.REQUEST_TIMEOUT).header("Authorization", "Bearer " + API_TOKEN);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return TestHttp.client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI simulator(String path) {
        return URI.create("http://127.0.0.1:" + daemon.simulator() + path);
    }

    private static JsonNode simulatorCounts() throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(simulator("/simulator/requests")).timeout(TestHttp.REQUEST_TIMEOUT).GET().build())
                .body());
    }

    private static void resetSimulatorCounts() throws Exception {
        send(HttpRequest.newBuilder(simulator("/simulator/requests")).timeout(TestHttp.REQUEST_TIMEOUT).DELETE().build());
    }

    /** Until the simulator has received no request for a second. */
    private static void awaitQuietSimulator() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            long now = simulatorCounts().path("total").asLong();
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(1000);
        }
        throw new AssertionError("the simulator kept receiving requests");
    }
}
