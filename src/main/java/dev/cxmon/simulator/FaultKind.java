package dev.cxmon.simulator;

/** The misbehaviours a {@link Fault} can switch on. */
public enum FaultKind {
    /** 429 (or the fault's status) with {@code Retry-After} in seconds when retryAfter is set. */
    RATE_LIMIT(429),
    /** The fault's status (default 500) with a JSON error body. */
    SERVER_ERROR(500),
    /** 200 text/html: what a corporate proxy or captive portal answers instead of the API. */
    HTML_BODY(200),
    /** 200 application/json whose body is cut in half. */
    TRUNCATED_JSON(200),
    /** 200 text/plain carrying a JSON-looking body. */
    WRONG_CONTENT_TYPE(200),
    /** Waits {@code retryAfter} before answering normally. */
    SLOW(200),
    /** Closes the connection without answering, as a crashed server or a resetting middlebox does. */
    CONNECTION_RESET(200),
    /** 200 application/json whose body trickles out a byte at a time over {@code retryAfter}. */
    SLOW_DRIP(200),
    /** 200 application/json with a 50 MiB body, streamed as fast as the client reads it. */
    OVERSIZED_BODY(200),
    /**
     * 200 application/json {@code {"agentStates":[{},{},...]}} of 16.5 MB: under a 16 MiB byte cap, yet millions of
     * records, each of which costs far more heap as a parsed object than its three bytes on the wire.
     */
    MANY_EMPTY_RECORDS(200);

    private final int defaultStatus;

    FaultKind(int defaultStatus) {
        this.defaultStatus = defaultStatus;
    }

    /** Whether {@code retryAfter} is the fault's duration rather than a header value. */
    public boolean timed() {
        return this == SLOW || this == SLOW_DRIP;
    }

    /** The status used when a fault does not give one (status 0). */
    public int defaultStatus() {
        return defaultStatus;
    }
}
