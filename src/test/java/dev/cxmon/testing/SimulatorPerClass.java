package dev.cxmon.testing;

import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.SimulatorOptions;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One CXone simulator on loopback (demo tenant, a free port) for all tests of a class, on its own Vert.x. A base class
 * rather than a JUnit extension because Quarkus tests run on a copy of the test class that extensions do not see.
 */
public abstract class SimulatorPerClass {

    private static Vertx vertx;
    protected static CxoneSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        vertx = Vertx.vertx();
        simulator = CxoneSimulator.start(vertx, SimulatorOptions.defaults());
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
