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

    public List<AgentView> views() {
        List<AgentView> views = new ArrayList<>();
        for (ResolvedAgent agent : roster) {
            AgentTracker tracker = trackers.get(agent.key());
            Optional<AgentObservation> current = tracker == null ? Optional.empty() : tracker.current();
            Optional<AgentObservation> error = tracker == null ? Optional.empty() : tracker.lastError();
            views.add(new AgentView(
                    agent.entry().key(),
                    agent.agentId().orElse(null),
                    blankToNull(agent.userName()),
                    blankToNull(agent.agentName()),
                    blankToNull(agent.team()),
                    current.map(o -> o.status().name()).orElse("PENDING"),
                    current.map(o -> o.availability().name()).orElse(null),
                    current.flatMap(AgentObservation::reason).orElse(null),
                    current.flatMap(AgentObservation::cxoneState).orElse(null),
                    tracker == null ? null : tracker.since().orElse(null),
                    current.map(AgentObservation::at).orElse(null),
                    error.map(e -> {
                        var code = ErrorCodes.codeFor(agent.entry(), e.error().orElseThrow());
                        return new AgentView.LastError(code.name(), e.error().get().label(), e.errorMessage().orElse(null), e.at(),
                                code.docsPath());
                    }).orElse(null)));
        }
        return views;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
