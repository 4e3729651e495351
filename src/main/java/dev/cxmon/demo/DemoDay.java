package dev.cxmon.demo;

import dev.cxmon.monitor.PollingStarted;
import dev.cxmon.simulator.ScriptedDay;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * In demo mode, once the daemon polls, moves the simulator's agents through a scripted day, one step per poll
 * interval, so that the metrics move. {@code diagnose} and {@code bench} never start it.
 */
@ApplicationScoped
public class DemoDay {

    private static final Logger LOG = Logger.getLogger(DemoDay.class);

    private final SimulatorLauncher simulator;
    private final Vertx vertx;
    private ScriptedDay day; // guarded by this

    public DemoDay(SimulatorLauncher simulator, Vertx vertx) {
        this.simulator = simulator;
        this.vertx = vertx;
    }

    synchronized void onPollingStarted(@Observes PollingStarted started) {
        if (!started.settings().demo() || day != null) {
            return;
        }
        day = new ScriptedDay(simulator.running());
        day.start(vertx, started.settings().schedule().interval());
        LOG.infof("Demo mode: the simulator's agents follow a scripted day, one step every %d s",
                started.settings().schedule().interval().toSeconds());
    }

    // Before the launcher's default-priority observer closes the simulator the day acts on.
    synchronized void onStop(@Observes @Priority(Interceptor.Priority.APPLICATION) ShutdownEvent event) {
        if (day != null) {
            day.close();
            day = null;
        }
    }
}
