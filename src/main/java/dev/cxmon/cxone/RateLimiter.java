package dev.cxmon.cxone;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The client-side limit shared by every call of one session: a token bucket of {@code perSecond} permits a
 * second and a burst of {@code max(1, perSecond)}, plus a pause that a 429's Retry-After sets for all calls.
 * A caller blocks until its permit is due; one due later than it may wait is refused at once and uses no permit.
 * {@code perSecond = 0} means no limit, but a pause still holds every call.
 *
 * <p>The bucket is kept in its GCRA form (one "theoretical arrival time" instead of a token count), which makes
 * reservations for waiting callers exact. Times are nanoseconds from the injected clock, compared by
 * subtraction as {@link System#nanoTime()} requires.
 */
public final class RateLimiter {

    /** Why no permit was given: a Retry-After pause or the rate itself, and how long the caller would have waited. */
    public record Refusal(boolean paused, long waitNanos) {}

    private final double perSecond;
    private final long intervalNanos;
    private final long toleranceNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private long theoreticalArrival;
    private long pausedUntil;

    public RateLimiter(double perSecond, LongSupplier clock, Sleeper sleeper) {
        if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("calls per second must be 0 (unlimited) or positive, not " + perSecond);
        }
        this.perSecond = perSecond;
        this.intervalNanos = perSecond == 0 ? 0 : Math.max(1, Math.round(1e9 / perSecond));
        this.toleranceNanos = Math.round((Math.max(1, perSecond) - 1) * intervalNanos);
        this.clock = clock;
        this.sleeper = sleeper;
        long now = clock.getAsLong();
        this.theoreticalArrival = now;
        this.pausedUntil = now;
    }

    public double perSecond() {
        return perSecond;
    }

    /**
     * Blocks until a permit is due, or refuses at once when that is more than {@code maxWaitNanos} away.
     * A pause that starts while the caller waits holds it too, within the same bound.
     */
    public Optional<Refusal> acquire(long maxWaitNanos) throws InterruptedException {
        long start = clock.getAsLong();
        long deadline = start + maxWaitNanos;
        long wait;
        synchronized (this) {
            long due = due(start);
            wait = due - start;
            if (wait > maxWaitNanos) {
                return Optional.of(new Refusal(pausedUntil - start > 0, wait));
            }
            theoreticalArrival = latest(theoreticalArrival, due) + intervalNanos;
        }
        if (wait > 0) {
            sleeper.sleepNanos(wait);
        }
        while (true) {
            long now = clock.getAsLong();
            long pauseLeft = pauseLeft(now);
            if (pauseLeft <= 0) {
                return Optional.empty();
            }
            if (now + pauseLeft - deadline > 0) {
                return Optional.of(new Refusal(true, pauseLeft));
            }
            sleeper.sleepNanos(pauseLeft);
        }
    }

    /** Holds every call for {@code wait} from now (a longer pause already set stays); afterwards the rate restarts without a burst. */
    public synchronized void pauseFor(Duration wait) {
        long until = clock.getAsLong() + wait.toNanos();
        pausedUntil = latest(pausedUntil, until);
        theoreticalArrival = latest(theoreticalArrival, pausedUntil + toleranceNanos);
    }

    /** Nanoseconds until the current pause ends; 0 or less when there is none. */
    public synchronized long pauseLeft(long now) {
        return pausedUntil - now;
    }

    private long due(long now) {
        return latest(latest(now, theoreticalArrival - toleranceNanos), pausedUntil);
    }

    private static long latest(long a, long b) {
        return a - b >= 0 ? a : b;
    }
}
