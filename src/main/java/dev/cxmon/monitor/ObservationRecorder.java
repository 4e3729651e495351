package dev.cxmon.monitor;

import dev.cxmon.state.AgentStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Puts a poll's observations into {@link RosterState} and passes on what changed: to the {@link PollObserver} (the
 * metrics), and to the log as changes into and out of ERROR ({@link ErrorChangeLog}), never the same error at every poll.
 */
final class ObservationRecorder {

    // The poller's category, which the log lines always had (and log filters may name).
    private static final Logger LOG = Logger.getLogger(RosterPoller.class);

    private final RosterState state;
    private final PollObserver observer;

    ObservationRecorder(RosterState state, PollObserver observer) {
        this.state = state;
        this.observer = observer;
    }

    /** What the poll read; it counts as a success when it read at least one agent. */
    void polled(Map<ResolvedAgent, AgentObservation> observations, Instant now) {
        record(observations.entrySet());
        state.polled(now, observations.values().stream().anyMatch(o -> o.status() != AgentStatus.ERROR));
    }

    /** The same failure for every roster agent (no token, or the poll broke): nobody keeps a state nobody could read. */
    void everyAgentFailed(AgentObservation failed, Instant now) {
        record(state.roster().stream().map(agent -> Map.entry(agent, failed)).toList());
        state.polled(now, false);
    }

    private void record(Collection<Map.Entry<ResolvedAgent, AgentObservation>> observations) {
        List<AgentChange> changes = state.record(observations);
        observer.polled(changes);
        ErrorChangeLog lines = new ErrorChangeLog();
        for (AgentChange change : changes) {
            if (change.newError()) {
                lines.failed(change.key(), change.observation().error().get(), change.observation().errorMessage().orElse(""));
            } else if (change.recovered()) {
                lines.recovered(change.key(), change.observation().status());
            }
        }
        for (ErrorChangeLog.Line line : lines.lines()) {
            if (line.warning()) {
                LOG.warn(line.text());
            } else {
                LOG.info(line.text());
            }
        }
    }
}
