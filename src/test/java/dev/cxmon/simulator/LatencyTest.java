package dev.cxmon.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LatencyTest {

    private static final Duration LATENCY = Duration.ofMillis(300);

    @Test
    void apiAndTokenAnswersAreDelayedWithoutBlockingOthers() {
        try (SimulatorHarness sim = SimulatorHarness.start(SimulatorOptions.defaults().withLatency(LATENCY))) {
            long tokenStart = System.nanoTime();
            String token = sim.token("demo-supervisor");
            assertThat(millisSince(tokenStart)).isGreaterThanOrEqualTo(LATENCY.toMillis());

            // ten concurrent calls on one event loop: delayed by timers, not sleeps, so they overlap
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> sim.api("agents/1001", token)));
            }
            calls.forEach(call -> assertThat(call.join().statusCode()).isEqualTo(200));
            long elapsed = millisSince(start);
            assertThat(elapsed).isGreaterThanOrEqualTo(LATENCY.toMillis()).isLessThan(LATENCY.toMillis() * 5);
        }
    }

    @Test
    void errorsAfterTheDelayAreStillJson() {
        try (SimulatorHarness sim = SimulatorHarness.start(SimulatorOptions.defaults().withLatency(Duration.ofMillis(50)))) {
            sim.simulator.faults().set(new Fault(FaultKind.SLOW, 0, Duration.ofMillis(50), -1, null));

            HttpResponse<String> response = sim.api("agents/1001", "not-a-jwt");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(SimulatorHarness.json(response).get("error").asText()).isEqualTo("invalid_token");
        }
    }

    @Test
    void controlAndDiscoveryRoutesAreNotDelayed() {
        try (SimulatorHarness sim = SimulatorHarness.start(SimulatorOptions.defaults().withLatency(Duration.ofSeconds(2)))) {
            long start = System.nanoTime();
            assertThat(sim.get("/.well-known/openid-configuration").statusCode()).isEqualTo(200);
            assertThat(sim.get("/simulator/requests").statusCode()).isEqualTo(200);
            assertThat(millisSince(start)).isLessThan(1500);
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
