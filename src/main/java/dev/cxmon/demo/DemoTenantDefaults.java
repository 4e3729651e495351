package dev.cxmon.demo;

import dev.cxmon.config.DemoDefaults;
import dev.cxmon.config.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;

/** The defaults of demo mode: the embedded simulator's address and what its demo tenant ({@code demo-tenant.yaml}) registers. */
@ApplicationScoped
public class DemoTenantDefaults implements DemoDefaults {

    /** The demo agents plus one unknown ID and one user without the agent role, so the ERROR paths show too. */
    public static final List<String> DEMO_ROSTER = List.of("1001", "1002", "1003", "1004", "1005", "1006", "9999", "notagent@demo.example");

    private static final KeyPair APPLICATION = new KeyPair("demo-client", Secret.of("demo-client-secret"));
    private static final KeyPair ACCESS_KEY = new KeyPair("demo-supervisor", Secret.of("demo-supervisor-secret"));

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
}
