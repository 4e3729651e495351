package dev.cxmon.monitor;

import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.ConnectionSettingsFactory;
import io.quarkus.runtime.Quarkus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The long-running mode. Refuses to start on invalid configuration, with one message naming each key,
 * instead of running a daemon that silently reports nothing.
 */
@ApplicationScoped
public class Daemon {

    private static final Logger LOG = Logger.getLogger(Daemon.class);

    private final ConnectionSettingsFactory settings;

    public Daemon(ConnectionSettingsFactory settings) {
        this.settings = settings;
    }

    public int runUntilShutdown() {
        List<ConfigProblem> problems = new ArrayList<>(settings.tutorialEndpoints());
        problems.addAll(settings.problems());
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("Invalid configuration, not starting:");
            problems.forEach(p -> message.append("\n  - ").append(p.describe()));
            LOG.error(message);
            return 2;
        }
        LOG.infof("CXone agent monitor running against %s", settings.fromConfig().authUrl());
        Quarkus.waitForExit();
        return 0;
    }
}
