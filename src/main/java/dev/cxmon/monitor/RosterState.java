package dev.cxmon.monitor;

import dev.cxmon.config.CxoneConfig;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What the daemon knows right now: the resolved roster, each agent's tracker, and the health of polling. The one copy of
 * each agent's status: the status API and the metrics render it, nothing else keeps it.
 */
@ApplicationScoped
public class RosterState {

    private static final Logger LOG = Logger.getLogger(RosterState.class);

    private volatile List<ResolvedAgent> roster = List.of();
    private final Map<String, AgentTracker> trackers = new ConcurrentHashMap<>();
    private volatile Instant lastSuccess;
    private volatile CxoneFailure tokenFailure;
    private volatile boolean tokenObtained;

    private volatile boolean namesKnown;
    private volatile int bulkHidden;

    private final AgentHistory history;

    /** With the default history size (tests, the benchmark). */
    public RosterState() {
        this(AgentHistory.DEFAULT_SIZE);
    }

    /** @param historySize changes kept per agent for /api/agents/{ref}, 1..1000 */
    public RosterState(int historySize) {
        history = new AgentHistory(historySize);
    }

    @Inject
    public RosterState(CxoneConfig config) {
        this(config.api().historySize());
    }

    /**
     * Sets the roster and forgets the agents no longer in it.
     *
     * @param resolved true once CXone was asked for the names (before, only what the configuration says is known)
     */
    public void roster(List<ResolvedAgent> agents, boolean resolved) {
        roster = List.copyOf(agents);
        namesKnown = resolved;
        Set<String> keys = agents.stream().map(ResolvedAgent::key).collect(Collectors.toSet());
        trackers.keySet().retainAll(keys);
        history.retain(keys);
    }

    /** Whether the roster was resolved (its names are worth exporting). */
    public boolean namesKnown() {
        return namesKnown;
    }

    /** Records one poll's observations; returns what each changed, in the order given. */
    public List<AgentChange> record(Collection<Map.Entry<ResolvedAgent, AgentObservation>> observations) {
        List<AgentChange> changes = new ArrayList<>(observations.size());
        for (Map.Entry<ResolvedAgent, AgentObservation> entry : observations) {
            String key = entry.getKey().key();
            AgentTracker tracker = trackers.computeIfAbsent(key, k -> new AgentTracker());
            Optional<FailureKind> errorBefore = tracker.current().flatMap(AgentObservation::error);
            AgentTracker.Observed observed = tracker.observe(entry.getValue());
            if (observed.firstObservedStart()) {
                LOG.infof("Agent %s: CXone sent no startDate that parses, so its time in state counts from the monitor's first"
                        + " observation of each state (sinceSource \"observed\" in /api/agents)", key);
            }
            changes.add(new AgentChange(key, entry.getValue(), observed.transition(), observed.availabilityTransition(), errorBefore));
            history.record(key, entry.getValue());
        }
        return changes;
    }

    /** When the current CXone state of an agent of the roster began; none before its first observation and while ERROR. */
    public Optional<StateStart> stateStart(String key) {
        AgentTracker tracker = trackers.get(key);
        return tracker == null ? Optional.empty() : tracker.stateStart();
    }

    /** The last observation of an agent of the roster, none before its first. */
    public Optional<AgentObservation> current(String key) {
        AgentTracker tracker = trackers.get(key);
        return tracker == null ? Optional.empty() : tracker.current();
    }

    public List<ResolvedAgent> roster() {
        return roster;
    }

    void polled(Instant at, boolean success) {
        if (success) {
            lastSuccess = at;
        }
    }

    void token(Optional<CxoneFailure> failure) {
        tokenFailure = failure.orElse(null);
        tokenObtained = failure.isEmpty();
    }

    /** Agents the per-agent endpoint sees but the bulk agent states leave out (BULK_NOT_VISIBLE), at the last bulk read. */
    public int bulkHidden() {
        return bulkHidden;
    }

    void bulkHidden(int count) {
        bulkHidden = count;
    }

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    public boolean tokenObtained() {
        return tokenObtained;
    }

    public Optional<CxoneFailure> tokenFailure() {
        return Optional.ofNullable(tokenFailure);
    }

    /** The last changes of an agent of the roster, newest first (see AgentHistory). */
    public List<HistoryEntry> history(String key) {
        return history.changes(key);
    }

    /** One roster agent with what is known of it now, as {@link #agents()} gives it. */
    public TrackedAgent agent(ResolvedAgent agent) {
        AgentTracker tracker = trackers.get(agent.key());
        return tracker == null ? TrackedAgent.pending(agent) : tracker.snapshot(agent);
    }

    /** Every roster agent, in roster order, with what is known of it now. */
    public List<TrackedAgent> agents() {
        List<TrackedAgent> agents = new ArrayList<>();
        for (ResolvedAgent agent : roster) {
            agents.add(agent(agent));
        }
        return agents;
    }
}
