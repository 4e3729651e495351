package dev.cxmon.cxone;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * How one session calls CXone: at most {@code perSecond} calls a second (0 = unlimited) and up to
 * {@code maxRetries} retries of a transiently failed GET. The random source (uniform in [0, 1), for the
 * backoff's jitter), the nanosecond clock and the sleeper are injectable so that tests are deterministic.
 */
public record CallPolicy(double perSecond, int maxRetries, DoubleSupplier random, LongSupplier nanoClock, Sleeper sleeper) {

    /** The limits themselves are checked by {@link RateLimiter} and {@link RetryPolicy}; the configuration's ranges make them hold. */
    public CallPolicy {
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(nanoClock, "nanoClock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** No client-side limit and no retries: how sessions behaved before the limit existed. */
    public static CallPolicy unlimited() {
        return of(0, 0);
    }

    /** The given limits with the system's clock, sleep and randomness. */
    public static CallPolicy of(double perSecond, int maxRetries) {
        return new CallPolicy(perSecond, maxRetries, () -> ThreadLocalRandom.current().nextDouble(), System::nanoTime, Sleeper.SYSTEM);
    }

    public RateLimiter newLimiter() {
        return new RateLimiter(perSecond, nanoClock, sleeper);
    }

    public RetryPolicy newRetryPolicy() {
        return new RetryPolicy(maxRetries, random);
    }
}
