package dev.cxmon.monitor;

import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link PollObserver} that keeps what it is told of each poll's changes and of the token's expiry, for tests to read. */
final class RecordingPollObserver implements PollObserver {

    /** Each poll's changes, one list a poll. */
    final List<List<AgentChange>> polls = new CopyOnWriteArrayList<>();
    final List<Instant> expiries = new CopyOnWriteArrayList<>();

    /** Every change told so far, polls one after the other. */
    List<AgentChange> changes() {
        return polls.stream().flatMap(List::stream).toList();
    }

    @Override
    public void rosterChanged() {}

    @Override
    public void polled(List<AgentChange> changes) {
        polls.add(changes);
    }

    @Override
    public Timer.Sample pollStarted() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void pollFinished(Timer.Sample sample) {}

    @Override
    public void tokenExpiry(Instant at) {
        expiries.add(at);
    }

    @Override
    public void shard(int index, int count) {}
}
