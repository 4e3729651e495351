package dev.cxmon.monitor;

import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;

/**
 * Who shows what the poller did (the metrics): told when the roster state changed and how, so that the poller needs
 * nothing of theirs. The state itself stays in {@link RosterState}.
 */
public interface PollObserver {

    /** The roster of the state changed (configured, or resolved afresh). */
    void rosterChanged();

    /** One poll's changes, as {@link RosterState#record} returned them. */
    void polled(List<AgentChange> changes);

    /** A poll begins; the sample goes back to {@link #pollFinished} when it completed (a skipped or abandoned poll is not timed). */
    Timer.Sample pollStarted();

    void pollFinished(Timer.Sample sample);

    void tokenExpiry(Instant at);

    /** Which part of a sharded roster this instance polls. */
    void shard(int index, int count);
}
