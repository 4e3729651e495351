package dev.cxmon.monitor;

import dev.cxmon.cxone.CxoneFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What the daemon knows right now: the resolved roster, each agent's tracker, and the health of polling. */
@ApplicationScoped
public class RosterState {

    private volatile List<ResolvedAgent> roster = List.of();
    private final Map<String, AgentTracker> trackers = new ConcurrentHashMap<>();
    private volatile Instant lastSuccess;
    private volatile CxoneFailure tokenFailure;
    private volatile boolean tokenObtained;

    void roster(List<ResolvedAgent> resolved) {
        roster = List.copyOf(resolved);
        trackers.keySet().retainAll(resolved.stream().map(ResolvedAgent::key).toList());
    }

    public List<ResolvedAgent> roster() {
        return roster;
    }

    AgentTracker tracker(String key) {
        return trackers.computeIfAbsent(key, k -> new AgentTracker());
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

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    public boolean tokenObtained() {
        return tokenObtained;
    }

    public Optional<CxoneFailure> tokenFailure() {
        return Optional.ofNullable(tokenFailure);
    }

    /** Every roster agent, in roster order, with what is known of it now. */
    public List<TrackedAgent> agents() {
        List<TrackedAgent> agents = new ArrayList<>();
        for (ResolvedAgent agent : roster) {
            AgentTracker tracker = trackers.get(agent.key());
            agents.add(tracker == null ? TrackedAgent.pending(agent) : tracker.snapshot(agent));
        }
        return agents;
    }
}
