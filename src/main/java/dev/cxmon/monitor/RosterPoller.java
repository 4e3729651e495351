package dev.cxmon.monitor;

import dev.cxmon.auth.CallPolicyConfig;
import dev.cxmon.auth.CxoneSession;
import dev.cxmon.auth.IssuedToken;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.cxone.CallPolicy;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.CxoneCallException;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.state.AgentStatus;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One poll of the whole roster: token, (re-)resolution when due, then every agent's state with bounded
 * concurrency. Polls never overlap; one agent's failure is that agent's ERROR and nobody else's.
 */
@ApplicationScoped
public class RosterPoller {

    private static final Logger LOG = Logger.getLogger(RosterPoller.class);

    /** FAILED: the poll ended in an unexpected error (e.g. out of memory); every agent was reported ERROR for it. */
    public enum Outcome { POLLED, FAILED, SKIPPED_OVERLAP, NOT_CONFIGURED, STOPPED }

    private final RestClients clients;
    private final RosterState state;
    private final PollObserver metrics;
    private final Clock clock;
    private final ReentrantLock pollLock = new ReentrantLock();
    private volatile MonitorSettings settings;
    private volatile ExecutorService workers;
    private final ExchangeListener listener;
    private final Supplier<CallPolicy> callPolicy;
    private volatile CallPolicy policy;
    private volatile CxoneSession session;
    private volatile RosterReader reader;
    private volatile boolean stopping;
    /** Set when shutdown gave up waiting: the poll in flight must not record what it half read. */
    private volatile boolean abandoned;
    private volatile RosterResolution resolution;
    /** The deadline of the poll in flight, which every call of it reports to (see PollDeadline#notReached). */
    private volatile PollDeadline currentDeadline;

    @Inject
    public RosterPoller(RestClients clients, RosterState state, PollObserver metrics, Clock clock, ExchangeListener requestMetrics,
            CallPolicyConfig callPolicy) {
        this(clients, state, metrics, clock, requestMetrics, callPolicy::policy);
    }

    /** Outside CDI (the benchmark, equivalence tests): no request counter, no client-side limit, no retries. */
    public RosterPoller(RestClients clients, RosterState state, PollObserver metrics, Clock clock) {
        this(clients, state, metrics, clock, ExchangeListener.NONE, CallPolicy::unlimited);
    }

    /** @param callPolicy read when the poller is configured, after the configuration was validated */
    public RosterPoller(RestClients clients, RosterState state, PollObserver metrics, Clock clock, ExchangeListener listener,
            Supplier<CallPolicy> callPolicy) {
        this.listener = listener;
        this.callPolicy = callPolicy;
        this.clients = clients;
        this.state = state;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Sets who to watch and how to reach CXone; the next poll gets a token and resolves the roster afresh. */
    public synchronized void configure(MonitorSettings monitorSettings, ConnectionSettings connection) {
        this.settings = monitorSettings;
        this.policy = callPolicy.get();
        this.session = new CxoneSession(connection, clients, exchange -> {
            listener.onExchange(exchange);
            PollDeadline deadline = currentDeadline;
            if (deadline != null) {
                deadline.onExchange(exchange);
            }
        }, clock, policy);
        ExecutorService old = workers;
        AtomicInteger threadNumber = new AtomicInteger();
        workers = Executors.newFixedThreadPool(monitorSettings.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "cxone-poll-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        if (old != null) {
            old.shutdownNow();
        }
        resolution = new RosterResolution(monitorSettings.roster(), monitorSettings.resolveEvery(), workers);
        reader = monitorSettings.strategy().reader(workers, clock, monitorSettings.fullResyncEvery(), state::bulkHidden);
        state.roster(monitorSettings.roster().stream()
                .map(e -> new ResolvedAgent(e, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).toList(), false);
        metrics.rosterChanged();
        metrics.shard(monitorSettings.shardIndex(), monitorSettings.shardCount());
    }

    public Optional<MonitorSettings> settings() {
        return Optional.ofNullable(settings);
    }

    /** The daemon's session once configured: one token, one rate limit for everything this process sends to CXone. */
    public Optional<CxoneSession> session() {
        return Optional.ofNullable(session);
    }

    public Outcome pollOnce() {
        if (settings == null) {
            return Outcome.NOT_CONFIGURED;
        }
        if (stopping) {
            return Outcome.STOPPED;
        }
        if (!pollLock.tryLock()) {
            LOG.debug("previous poll still running; this one is skipped");
            return Outcome.SKIPPED_OVERLAP;
        }
        try {
            Timer.Sample timing = metrics.pollStarted();
            try {
                pollRoster();
            } catch (RuntimeException | Error failed) {
                // Abandoned at shutdown: its pool, HTTP clients and beans are going away under it.
                if (abandoned) {
                    return Outcome.STOPPED;
                }
                // Whatever broke the poll (an OutOfMemoryError from a huge answer, a bug), no agent may keep the state it had
                // before: that would report LOGGED_IN for an agent nobody could read.
                LOG.errorf("the poll failed unexpectedly, every agent is reported ERROR for it: %s", failed.toString());
                Instant now = clock.instant();
                everyAgentFailed(AgentObservation.error(FailureKind.MALFORMED, "the poll failed unexpectedly ("
                        + failed.getClass().getSimpleName() + "); nothing it read was used", now), now);
                return Outcome.FAILED;
            }
            if (abandoned) {
                return Outcome.STOPPED; // the metrics beans may be gone already
            }
            metrics.pollFinished(timing);
            return Outcome.POLLED;
        } finally {
            pollLock.unlock();
        }
    }

    /**
     * How long one poll may take: min(interval × 0.8, the bound of one agent's calls). See PollDeadline and the README's
     * "Poll deadline".
     */
    public Duration pollBudget() {
        return PollDeadline.budget(settings.schedule().interval(), callDeadline());
    }

    /** What one instance reads per poll at the configured rate limit and interval (for the startup log). */
    public RosterCapacity capacity() {
        return new RosterCapacity(settings.strategy(), policy.perSecond(), pollBudget(), settings.schedule().interval(), settings.resolveEvery());
    }

    private void pollRoster() {
        PollDeadline deadline = new PollDeadline(pollBudget(), System::nanoTime);
        currentDeadline = deadline;
        Instant now = clock.instant();
        CxoneApi api;
        try {
            IssuedToken token = session.tokens().current();
            token.expiresAt().ifPresent(metrics::tokenExpiry);
            api = session.api();
            state.token(Optional.empty());
        } catch (CxoneCallException e) {
            if (!abandoned) {
                state.token(Optional.of(e.failure()));
                everyAgentFailed(e.failure(), now);
            }
            return;
        }
        // The bulk read comes first: its records name the agents it lists, so resolution asks CXone only about the others.
        AgentDirectory known = reader.refresh(api, now, deadline);
        boolean resolveFirst = resolution.needed(state.roster());
        if (resolveFirst) {
            // At most half the poll, so the states of agents already known still get read in it.
            resolve(api, known, now, deadline.remainingNanos(0.5), deadline, !resolution.refreshDue(now));
        }
        Map<ResolvedAgent, AgentObservation> observations = reader.read(state.roster(), api, now, deadline);
        if (abandoned) {
            return;
        }
        record(observations.entrySet());
        state.polled(now, observations.values().stream().anyMatch(o -> o.status() != AgentStatus.ERROR));
        // The periodic refresh (names, moved user names) comes after the states: on a large roster it takes many calls,
        // and the states of agents already known must not wait for it, least of all right after an outage.
        if (!resolveFirst && resolution.refreshDue(now)) {
            resolve(api, known, now, deadline.remainingNanos(), deadline, false);
        }
    }

    private void everyAgentFailed(CxoneFailure failure, Instant now) {
        everyAgentFailed(AgentObservation.failed(failure, "no token: " + failure.message(), now), now);
    }

    private void everyAgentFailed(AgentObservation failed, Instant now) {
        record(state.roster().stream().map(agent -> Map.entry(agent, failed)).toList());
        state.polled(now, false);
    }

    /**
     * @param onlyUnresolved look up only the entries not confirmed yet (see RosterResolution#resolve)
     */
    private void resolve(CxoneApi api, AgentDirectory known, Instant now, long withinNanos, PollDeadline deadline, boolean onlyUnresolved) {
        resolution.resolve(api, known, state.roster(), now, withinNanos, deadline, onlyUnresolved).ifPresent(roster -> {
            state.roster(roster, true);
            metrics.rosterChanged();
        });
    }

    private void record(Collection<Map.Entry<ResolvedAgent, AgentObservation>> observations) {
        List<AgentChange> changes = state.record(observations);
        metrics.polled(changes);
        ErrorChangeLog lines = new ErrorChangeLog();
        for (AgentChange change : changes) {
            if (change.newError()) {
                lines.failed(change.key(), change.observation().error().get(), change.observation().errorMessage().orElse(""));
            } else if (change.recovered()) {
                lines.recovered(change.key(), change.observation().status());
            }
        }
        log(lines);
    }

    /** Changes of an agent's error (or recovery) are logged, never the same error at every poll. */
    private static void log(ErrorChangeLog changes) {
        for (ErrorChangeLog.Line line : changes.lines()) {
            if (line.warning()) {
                LOG.warn(line.text());
            } else {
                LOG.info(line.text());
            }
        }
    }

    private Duration callDeadline() {
        ConnectionSettings s = session.settings();
        // Token refresh + one retry after 401 (three calls in a row), a wait for a rate-limit permit of at most one read
        // timeout, and the backoff sleeps of the 5xx retries (at most 2 s each).
        return s.connectTimeout().plus(s.readTimeout()).multipliedBy(3).plus(s.readTimeout())
                .plus(Duration.ofSeconds(2L * policy.maxRetries()));
    }

    /**
     * Starts no new poll, lets the one in flight finish within {@code grace}, and otherwise abandons it: it sends no
     * further call (no retry either), its queued work is cancelled, its running work interrupted, and nothing it half
     * read is recorded.
     *
     * @return true when no poll was left unfinished
     */
    public boolean stopWithin(Duration grace) {
        stopping = true;
        boolean finished;
        try {
            finished = pollLock.tryLock(grace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (finished) {
            pollLock.unlock();
            return true;
        }
        abandoned = true;
        session.stop();
        ExecutorService current = workers;
        if (current != null) {
            current.shutdownNow().forEach(queued -> {
                if (queued instanceof Future<?> call) {
                    call.cancel(false);
                }
            });
        }
        return false;
    }

    /** Stops the worker threads; for pollers built outside CDI (the benchmark). */
    public void shutdown() {
        stop();
    }

    @PreDestroy
    void stop() {
        ExecutorService current = workers;
        if (current != null) {
            current.shutdownNow();
        }
    }
}
