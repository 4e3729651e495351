package dev.cxmon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.RestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark harness measures what it claims: calls per cycle by strategy, over a generated tenant. */
@QuarkusTest
class BenchRunnerTest {

    @Inject
    RestClients clients;

    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void bulkNeedsOneCallPerCycleWherePerAgentNeedsOnePerAgent() throws Exception {
        BenchRunner runner = new BenchRunner(clients, vertx, Duration.ZERO, 2);

        BenchResult bulk = runner.run(40, BenchMode.BULK);
        BenchResult perAgent = runner.run(40, BenchMode.CONCURRENT);

        assertThat(bulk.skipped()).isNull();
        assertThat(bulk.callsPerCycle()).isEqualTo(1.0);
        assertThat(perAgent.callsPerCycle()).isEqualTo(40.0);
        assertThat(bulk.cycleMillis()).isPositive();
        assertThat(bulk.firstCycleSeconds()).isPositive();
        assertThat(perAgent.scrapeMillis()).isPositive();
        assertThat(bulk.firstPollCalls()).as("the token and one bulk read: every agent is in the bulk view").isEqualTo(2.0);
        assertThat(perAgent.firstPollCalls()).as("the token, then a lookup and a read per agent").isEqualTo(81.0);
    }

    @Test
    void generatedTenantOfTenThousandAgentsLoads() throws Exception {
        var file = BenchTenant.write(10_000);
        try {
            var simulator = dev.cxmon.simulator.CxoneSimulator.start(vertx, dev.cxmon.simulator.SimulatorOptions.defaults().withTenantFile(file));
            assertThat(simulator.tenant().agentUsers()).hasSize(10_000);
            simulator.close();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
