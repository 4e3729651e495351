package dev.cxmon.monitor;

import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.config.ConnectionSettingsFactory;
import dev.cxmon.config.SupervisorLimitsFactory;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The long-running mode: validate, then poll the roster on the configured schedule until shutdown. Refuses to
 * start on invalid configuration, with one message naming each key, instead of a daemon that reports nothing.
 */
@ApplicationScoped
public class Daemon {

    private static final Logger LOG = Logger.getLogger(Daemon.class);
    static final String POLL_JOB = "cxone-roster-poll";

    private final ConnectionSettingsFactory connection;
    private final MonitorSettingsFactory monitor;
    private final SupervisorLimitsFactory supervisorLimits;
    private final RosterPoller poller;
    private final Scheduler scheduler;
    private final Event<PollingStarted> started;
    private final AtomicBoolean polling = new AtomicBoolean();

    public Daemon(ConnectionSettingsFactory connection, MonitorSettingsFactory monitor, SupervisorLimitsFactory supervisorLimits,
            RosterPoller poller, Scheduler scheduler, Event<PollingStarted> started) {
        this.connection = connection;
        this.monitor = monitor;
        this.supervisorLimits = supervisorLimits;
        this.poller = poller;
        this.scheduler = scheduler;
        this.started = started;
    }

    public int runUntilShutdown() {
        List<ConfigProblem> problems = new ArrayList<>(connection.tutorialEndpoints());
        problems.addAll(connection.problems());
        MonitorSettingsFactory.Built built = monitor.build();
        if (built instanceof MonitorSettingsFactory.Problems invalid) {
            problems.addAll(invalid.problems());
        }
        problems.addAll(supervisorLimits.problems());
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("Invalid configuration, not starting:");
            problems.forEach(p -> message.append("\n  - ").append(p.describe()));
            LOG.error(message);
            return 2;
        }
        MonitorSettings settings = ((MonitorSettingsFactory.Ok) built).settings();
        ConnectionSettings cxone = connection.fromConfig();
        poller.configure(settings, cxone);
        RosterCapacity capacity = poller.capacity();
        if (capacity.exceededBy(settings.roster().size())) {
            LOG.warn(capacity.describe(settings.roster().size()));
        } else {
            LOG.info(capacity.describe(settings.roster().size()));
        }
        var job = scheduler.newJob(POLL_JOB).setConcurrentExecution(ConcurrentExecution.SKIP).setTask(execution -> poller.pollOnce());
        settings.schedule().cron().ifPresentOrElse(job::setCron, () -> job.setInterval(settings.schedule().every().orElseThrow().toString()));
        job.schedule();
        polling.set(true);
        started.fire(new PollingStarted(settings));
        LOG.infof("Monitoring %d agent(s) via %s, %s, up to %d at once", settings.roster().size(), cxone.authUrl(),
                settings.schedule().cron().map(c -> "cron '" + c + "'").orElse("every " + settings.schedule().interval().toSeconds() + " s"),
                settings.concurrency());
        try {
            Quarkus.waitForExit();
        } finally {
            stopPolling();
        }
        return 0;
    }

    /**
     * Runs first in Quarkus' shutdown, which goes on in its own thread while {@code waitForExit} returns: whichever
     * of the two comes first stops polling, and the other waits for it, so the embedded simulator, the HTTP clients
     * and the beans outlive the poll in flight.
     */
    void onShutdown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopPolling();
    }

    private synchronized void stopPolling() {
        if (!polling.compareAndSet(true, false)) {
            return;
        }
        scheduler.unscheduleJob(POLL_JOB);
        Duration grace = monitor.shutdownGrace();
        long start = System.nanoTime();
        if (poller.stopWithin(grace)) {
            LOG.infof("Stopped polling after %d ms: no poll left unfinished", (System.nanoTime() - start) / 1_000_000);
        } else {
            LOG.warnf("Stopped polling: the poll in flight did not finish within %d s (cxone.shutdown.grace) and was abandoned; "
                    + "its results were not recorded", grace.toSeconds());
        }
    }
}
