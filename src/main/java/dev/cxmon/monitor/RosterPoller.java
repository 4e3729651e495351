package dev.cxmon.monitor;

import dev.cxmon.auth.CallPolicyConfig;
import dev.cxmon.auth.CxoneSession;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.config.CxoneConfig;
import dev.cxmon.cxone.CallPolicy;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.Exchange;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.RestClients;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One poll of the whole roster: token ({@link TokenStep}), (re-)resolution when due ({@link RosterResolution}), then
 * every agent's state with bounded concurrency ({@link RosterReader} on {@link PollWorkers}), recorded by
 * {@link ObservationRecorder}, then the skills ({@link SkillPoll}, one call, whose failure is the skills' own). Polls never overlap ({@link PollGate}); one agent's failure is that agent's ERROR and
 * nobody else's.
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
    private final ExchangeListener listener;
    private final Supplier<CallPolicy> callPolicy;
    private final PollGate gate = new PollGate();
    private final PollWorkers workers = new PollWorkers();
    private final ObservationRecorder recorder;
    private final TokenStep tokenStep;
    private volatile MonitorSettings settings;
    private volatile CallPolicy policy;
    private volatile CxoneSession session;
    private volatile RosterReader reader;
    private volatile RosterResolution resolution;
    private volatile SkillSettings skillSettings = SkillSettings.OFF;
    private volatile SkillObserver skillObserver = SkillObserver.NONE;
    private volatile SkillPoll skills = new SkillPoll(SkillSettings.OFF, SkillObserver.NONE, Duration.ofMinutes(10));
    private volatile ExecutorService pool;
    /** The deadline of the poll in flight, which every call of it reports to (see PollDeadline#notReached). */
    private volatile PollDeadline currentDeadline;

    @Inject
    public RosterPoller(RestClients clients, RosterState state, PollObserver metrics, Clock clock, ExchangeListener requestMetrics,
            CallPolicyConfig callPolicy, SkillObserver skillMetrics, CxoneConfig config) {
        this(clients, state, metrics, clock, requestMetrics, callPolicy::policy);
        skillPolling(SkillSettings.of(config), skillMetrics);
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
        this.recorder = new ObservationRecorder(state, metrics);
        this.tokenStep = new TokenStep(state, metrics, recorder);
    }

    /** Whether and which skills each poll reads (GET /skills/activity), and who shows them; takes effect with {@link #configure}. */
    public synchronized void skillPolling(SkillSettings settings, SkillObserver observer) {
        this.skillSettings = settings;
        this.skillObserver = observer;
    }

    /** Sets who to watch and how to reach CXone; the next poll gets a token and resolves the roster afresh. */
    public synchronized void configure(MonitorSettings monitorSettings, ConnectionSettings connection) {
        this.settings = monitorSettings;
        this.policy = callPolicy.get();
        this.session = new CxoneSession(connection, clients, this::onExchange, clock, policy);
        ExecutorService pool = workers.replace(monitorSettings.concurrency());
        this.pool = pool;
        skills = new SkillPoll(skillsOfThisShard(monitorSettings), skillObserver, monitorSettings.fullResyncEvery());
        resolution = new RosterResolution(monitorSettings.roster(), monitorSettings.resolveEvery(), pool);
        reader = monitorSettings.strategy().reader(pool, clock, monitorSettings.fullResyncEvery(), state::bulkHidden);
        state.roster(monitorSettings.roster().stream()
                .map(e -> new ResolvedAgent(e, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).toList(), false);
        metrics.rosterChanged();
        metrics.shard(monitorSettings.shardIndex(), monitorSettings.shardCount());
    }

    /** The skill activity is the tenant's, not a shard's: shard 0 alone reads and exports it, so no skill is counted twice. */
    private SkillSettings skillsOfThisShard(MonitorSettings monitorSettings) {
        if (monitorSettings.shardIndex() == 0 || !skillSettings.enabled()) {
            return skillSettings;
        }
        LOG.infof("shard %d of %d: no GET /skills/activity here, shard 0 exports the cxone_skill_* series",
                monitorSettings.shardIndex(), monitorSettings.shardCount());
        return SkillSettings.OFF;
    }

    private void onExchange(Exchange exchange) {
        listener.onExchange(exchange);
        PollDeadline deadline = currentDeadline;
        if (deadline != null) {
            deadline.onExchange(exchange);
        }
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
        PollGate.Entry entry = gate.tryEnter();
        if (entry == PollGate.Entry.CLOSED) {
            return Outcome.STOPPED;
        }
        if (entry == PollGate.Entry.BUSY) {
            LOG.debug("previous poll still running; this one is skipped");
            return Outcome.SKIPPED_OVERLAP;
        }
        try {
            return timedPoll();
        } finally {
            gate.leave();
        }
    }

    private Outcome timedPoll() {
        Timer.Sample timing = metrics.pollStarted();
        try {
            pollRoster();
        } catch (RuntimeException | Error failed) {
            // Abandoned at shutdown: its pool, HTTP clients and beans are going away under it.
            return gate.abandoned() ? Outcome.STOPPED : failed(failed);
        }
        if (gate.abandoned()) {
            return Outcome.STOPPED; // the metrics beans may be gone already
        }
        metrics.pollFinished(timing);
        return Outcome.POLLED;
    }

    /**
     * Whatever broke the poll (an OutOfMemoryError from a huge answer, a bug), no agent may keep the state it had before:
     * that would report LOGGED_IN for an agent nobody could read.
     */
    private Outcome failed(Throwable failed) {
        LOG.errorf("the poll failed unexpectedly, every agent is reported ERROR for it: %s", failed.toString());
        Instant now = clock.instant();
        recorder.everyAgentFailed(AgentObservation.error(FailureKind.MALFORMED, "the poll failed unexpectedly ("
                + failed.getClass().getSimpleName() + "); nothing it read was used", now), now);
        return Outcome.FAILED;
    }

    /**
     * How long one poll may take: min(interval × 0.8, the bound of one agent's calls). See PollDeadline and the README's
     * "Poll deadline".
     */
    public Duration pollBudget() {
        return PollDeadline.budget(settings.schedule().interval(), PollDeadline.callBound(session.settings(), policy.maxRetries()));
    }

    /** What one instance reads per poll at the configured rate limit and interval (for the startup log). */
    public RosterCapacity capacity() {
        return new RosterCapacity(settings.strategy(), policy.perSecond(), pollBudget(), settings.schedule().interval(), settings.resolveEvery());
    }

    private void pollRoster() {
        PollDeadline deadline = new PollDeadline(pollBudget(), System::nanoTime);
        currentDeadline = deadline;
        Instant now = clock.instant();
        Optional<CxoneApi> token = tokenStep.api(session, now, gate::abandoned);
        if (token.isEmpty()) {
            state.tokenFailure().ifPresent(skills::noToken);
            return;
        }
        CxoneApi api = token.get();
        // The bulk read comes first: its records name the agents it lists, so resolution asks CXone only about the others.
        AgentDirectory known = reader.refresh(api, now, deadline);
        boolean resolveFirst = resolution.needed(state.roster());
        if (resolveFirst) {
            // At most half the poll, so the states of agents already known still get read in it.
            resolve(api, known, now, deadline.remainingNanos(0.5), deadline, !resolution.refreshDue(now));
        }
        Map<ResolvedAgent, AgentObservation> observations = reader.read(state.roster(), api, now, deadline);
        if (gate.abandoned()) {
            return;
        }
        recorder.polled(observations, now);
        // After the agents: the skills' one call never delays, nor fails, an agent's state.
        if (!gate.abandoned()) {
            skills.poll(api, now, pool, deadline);
        }
        // The periodic refresh (names, moved user names) comes after the states: on a large roster it takes many calls,
        // and the states of agents already known must not wait for it, least of all right after an outage.
        if (!resolveFirst && resolution.refreshDue(now)) {
            resolve(api, known, now, deadline.remainingNanos(), deadline, false);
        }
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

    /**
     * Starts no new poll, lets the one in flight finish within {@code grace}, and otherwise abandons it: it sends no
     * further call (no retry either), its queued work is cancelled, its running work interrupted, and nothing it half
     * read is recorded.
     *
     * @return true when no poll was left unfinished
     */
    public boolean stopWithin(Duration grace) {
        if (gate.closeWithin(grace)) {
            return true;
        }
        session.stop();
        workers.abandon();
        return false;
    }

    /** Stops the worker threads; for pollers built outside CDI (the benchmark). */
    public void shutdown() {
        stop();
    }

    @PreDestroy
    void stop() {
        workers.stop();
    }
}
