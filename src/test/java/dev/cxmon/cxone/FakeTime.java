package dev.cxmon.cxone;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A nanosecond clock that only moves when something sleeps on it; records every sleep. */
final class FakeTime implements LongSupplier, Sleeper {

    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;

    private final AtomicLong now;
    final List<Long> sleeps = new ArrayList<>();
    private Runnable duringNextSleep = () -> {};

    FakeTime(long start) {
        this.now = new AtomicLong(start);
    }

    @Override
    public long getAsLong() {
        return now.get();
    }

    @Override
    public void sleepNanos(long nanos) {
        sleeps.add(nanos);
        now.addAndGet(nanos);
        Runnable action = duringNextSleep;
        duringNextSleep = () -> {};
        action.run();
    }

    void advance(long nanos) {
        now.addAndGet(nanos);
    }

    /** Runs {@code action} at the end of the next sleep, as another thread would while this one waits. */
    void duringNextSleep(Runnable action) {
        duringNextSleep = action;
    }
}
