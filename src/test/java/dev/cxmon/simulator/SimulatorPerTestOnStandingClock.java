package dev.cxmon.simulator;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh simulator for each test, on a clock that stands at {@link #START} until the test moves it, and an access token
 * of the demo supervisor. The subclass's {@code @BeforeEach} runs after the simulator started, its {@code @AfterEach}
 * before it stops.
 */
abstract class SimulatorPerTestOnStandingClock {

    static final Instant START = Instant.parse("2026-11-25T10:00:00.000Z");

    MutableClock clock;
    SimulatorHarness sim;
    /** An access token of the demo access key demo-supervisor. */
    String supervisor;

    /** How the simulator starts besides its clock: the defaults unless a test says otherwise. */
    SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults();
    }

    @BeforeEach
    void startSimulator() {
        clock = new MutableClock(START);
        sim = SimulatorHarness.start(simulatorOptions().withClock(clock));
        supervisor = sim.token("demo-supervisor");
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }
}
