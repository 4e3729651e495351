package dev.cxmon.config;

import java.net.URI;
import java.util.List;

/**
 * What demo mode supplies for what the configuration leaves out while the embedded CXone simulator runs
 * ({@link ConfigValidator#simulatorEnabled}): its address, its application and access key, and the roster.
 * Implemented in {@code dev.cxmon.demo}, which starts the simulator; declared here so that the factories, low in the
 * package order, name nothing above them.
 */
public interface DemoDefaults {

    /** The running simulator's base URL, the default for cxone.auth-url; starts the simulator on first use. */
    URI simulatorUrl();

    /** The simulator's registered application, used when no client ID and secret are configured. */
    KeyPair application();

    /** The simulator's supervisor access key, used when no credentials at all are configured. */
    KeyPair accessKey();

    /** Agents to watch when neither cxone.roster nor cxone.roster-file is set. */
    List<String> roster();

    /**
     * The supervisor alerts' limits for each cxone.supervisor.* key left unset: short enough that the demo day shows
     * every supervisor alert within minutes.
     */
    SupervisorLimits supervisorLimits();

    /** An ID and its secret, which stays out of {@code toString}. */
    record KeyPair(String id, Secret secret) {}
}
