package dev.cxmon.demo;

import dev.cxmon.config.DemoDefaults;
import dev.cxmon.config.Secret;
import dev.cxmon.config.SupervisorLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The defaults of demo mode: the embedded simulator's address and what its demo tenant ({@code demo-tenant.yaml}) registers. */
@ApplicationScoped
public class DemoTenantDefaults implements DemoDefaults {

    /** The demo agents plus one unknown ID and one user without the agent role, so the ERROR paths show too. */
    public static final List<String> DEMO_ROSTER = List.of("1001", "1002", "1003", "1004", "1005", "1006", "9999", "notagent@demo.example");

    private static final KeyPair APPLICATION = new KeyPair("demo-client", Secret.of("demo-client-secret"));
    private static final KeyPair ACCESS_KEY = new KeyPair("demo-supervisor", Secret.of("demo-supervisor-secret"));
    private static final SupervisorLimits DEMO_SUPERVISOR_LIMITS = new SupervisorLimits(Map.of("Break", Duration.ofMinutes(2)),
            Duration.ofMinutes(5), Duration.ofMinutes(2), 6);

    private final SimulatorLauncher simulator;

    public DemoTenantDefaults(SimulatorLauncher simulator) {
        this.simulator = simulator;
    }

    @Override
    public URI simulatorUrl() {
        return URI.create(simulator.running().baseUrl());
    }

    @Override
    public KeyPair application() {
        return APPLICATION;
    }

    @Override
    public KeyPair accessKey() {
        return ACCESS_KEY;
    }

    @Override
    public List<String> roster() {
        return DEMO_ROSTER;
    }

    /** The demo day plays a long Break, a login left without availability and a flapping agent in each loop. */
    @Override
    public SupervisorLimits supervisorLimits() {
        return DEMO_SUPERVISOR_LIMITS;
    }
}
