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
    void everyPollAlsoReadsTheSkillActivityWithOneCall() throws Exception {
        BenchRunner runner = new BenchRunner(clients, vertx, Duration.ZERO, 2);

        BenchResult bulk = runner.run(40, BenchMode.BULK);
        BenchResult perAgent = runner.run(40, BenchMode.CONCURRENT);

        assertThat(bulk.skillCallsPerCycle()).as("one skill activity read of one page per poll").isEqualTo(1.0);
        assertThat(perAgent.skillCallsPerCycle()).as("whatever the strategy").isEqualTo(1.0);
        // 10 skills of 12 series each, and the 9 of the skill poll itself
        assertThat(bulk.skillSeries()).as("the bench tenant's skills are exported").isEqualTo(10 * 12 + 9);
    }

    @Test
    void aBulkReadOfMoreAgentsThanOnePageHoldsCostsOneCallPerPage() throws Exception {
        BenchResult bulk = new BenchRunner(clients, vertx, Duration.ZERO, 1, 10).run(30, BenchMode.BULK_FULL);

        assertThat(bulk.firstPollCalls()).as("the token and three pages of ten").isEqualTo(4.0);
        assertThat(bulk.callsPerCycle()).as("a full read every poll: three pages").isEqualTo(3.0);
    }

    @Test
    void measuresTheProcessResidentMemoryAndTheScrapeOverHttp() throws Exception {
        BenchResult bulk = new BenchRunner(clients, vertx, Duration.ZERO, 1).run(30, BenchMode.BULK);

        // 30 agents: 3 states + 5 availabilities + 1 info row each, besides the roster-wide and JVM series.
        assertThat(bulk.series()).isGreaterThan(30 * 9);
        assertThat(bulk.responseBytes()).as("bytes of the answer").isGreaterThan(bulk.series() * 20);
        assertThat(bulk.httpScrapeMillis()).as("ms, request to last byte").isPositive().isLessThan(30_000);
        // A JVM with Quarkus and a simulator resides in more than 30 MB and, at 30 agents, in less than 4 GB.
        assertThat(bulk.rssMb()).as("MB").isBetween(30.0, 4096.0);
        assertThat(bulk.rssMb()).as("RSS holds the heap in use and more").isGreaterThan(bulk.heapMb());
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
