package dev.cxmon.testing;

import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.SimulatorOptions;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh CXone simulator on loopback for each test, on its own Vert.x. A base class rather than a JUnit extension
 * because Quarkus tests run on a copy of the test instance that extensions do not see. The subclass's
 * {@code @BeforeEach} runs after the simulator started, its {@code @AfterEach} before it stops.
 */
public abstract class SimulatorPerTest {

    private Vertx vertx;
    protected CxoneSimulator simulator;

    /** How the simulator starts; the defaults (demo tenant, a free port) unless a test says otherwise. */
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults();
    }

    @BeforeEach
    void startSimulator() {
        vertx = Vertx.vertx();
        simulator = CxoneSimulator.start(vertx, simulatorOptions());
    }

    /** Stops this test's simulator and starts another, on the same Vert.x, as {@code options} say. */
    protected void restartSimulator(SimulatorOptions options) {
        simulator.close();
        simulator = CxoneSimulator.start(vertx, options);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
