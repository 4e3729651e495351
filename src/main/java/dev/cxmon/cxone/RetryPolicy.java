package dev.cxmon.cxone;

import java.util.function.DoubleSupplier;

/**
 * Which failed calls are tried again, and after how long: only idempotent GETs, only after a 5xx, a reset
 * connection or a timeout, at most {@code maxRetries} times, after an exponential backoff with full jitter
 * (uniform in [0, min(2 s, 100 ms * 2^retry))). Never the token POST, never a 4xx: a 429 pauses the session
 * instead (see {@link RateLimiter}), and retrying it within the poll would only hold the poll up.
 */
public final class RetryPolicy {

    static final long BASE_NANOS = 100_000_000L;
    static final long CAP_NANOS = 2_000_000_000L;

    private final int maxRetries;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1) */
    public RetryPolicy(int maxRetries, DoubleSupplier random) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, not " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.random = random;
    }

    public int maxRetries() {
        return maxRetries;
    }

    /** Whether a call that answered {@code status} is tried again, {@code retriesSoFar} retries into it. */
    public boolean retriesStatus(Operation operation, String method, int status, int retriesSoFar) {
        return status >= 500 && status <= 599 && mayRetry(operation, method, retriesSoFar);
    }

    /** Whether a call that got no answer for {@code cause} is tried again. */
    public boolean retriesFailure(Operation operation, String method, FailureCause cause, int retriesSoFar) {
        return (cause == FailureCause.CONNECTION_RESET || cause == FailureCause.TIMEOUT) && mayRetry(operation, method, retriesSoFar);
    }

    /** The wait before retry number {@code retriesSoFar + 1}. */
    public long backoffNanos(int retriesSoFar) {
        long ceiling = Math.min(CAP_NANOS, BASE_NANOS << Math.min(retriesSoFar, 5));
        return (long) (Math.min(Math.max(random.getAsDouble(), 0), 1) * ceiling);
    }

    private boolean mayRetry(Operation operation, String method, int retriesSoFar) {
        return "GET".equals(method) && operation != Operation.TOKEN && retriesSoFar < maxRetries;
    }
}
