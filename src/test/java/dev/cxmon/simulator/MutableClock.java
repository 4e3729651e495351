package dev.cxmon.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move on by hand: standing still from a given instant, or following another clock ahead of it. */
public final class MutableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    /** Stands at {@code start} until moved. */
    public MutableClock(Instant start) {
        this(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** Follows {@code base}, plus however far it has been moved. */
    public MutableClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration d) {
        ahead.updateAndGet(a -> a.plus(d));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
