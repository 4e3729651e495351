package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;

/**
 * A misbehaviour of the API routes.
 *
 * @param status       HTTP status; 0 = the kind's default (429, 500, or 200 for the body faults); ignored by SLOW
 * @param retryAfter   RATE_LIMIT: the Retry-After value (none when null); SLOW: the delay, SLOW_DRIP: how long the
 *                     body takes (required for both)
 * @param remaining    how many matching requests it affects before clearing itself; -1 = until cleared
 * @param pathContains only requests whose path, or path and query, contain this (case-insensitive), e.g.
 *                     "/agents/states" or "skip=3" (one page of a paginated list); null = every API path.
 *                     The token endpoint is affected only when this matches its path, e.g. "auth/token".
 */
public record Fault(FaultKind kind, int status, Duration retryAfter, int remaining, String pathContains) {

    public Fault {
        requireNonNull(kind, "kind");
        if (remaining < -1) {
            throw new IllegalArgumentException("remaining must be -1 (until cleared) or a count, was " + remaining);
        }
        if (status != 0 && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("status must be an HTTP status or 0 for the default, was " + status);
        }
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative");
        }
        if (kind.timed() && retryAfter == null) {
            throw new IllegalArgumentException("a " + kind + " fault needs retryAfter (how long it takes)");
        }
        if (pathContains != null && pathContains.isBlank()) {
            pathContains = null;
        }
    }

    /** Until cleared, on every API path, with the kind's default status. */
    public static Fault of(FaultKind kind) {
        return new Fault(kind, 0, kind.timed() ? Duration.ofSeconds(1) : null, -1, null);
    }

    public int effectiveStatus() {
        return status == 0 ? kind.defaultStatus() : status;
    }

    public Fault withRemaining(int r) {
        return new Fault(kind, status, retryAfter, r, pathContains);
    }

    public Fault onPathsContaining(String fragment) {
        return new Fault(kind, status, retryAfter, remaining, fragment);
    }

    boolean matchesPath(String path, boolean tokenEndpoint) {
        if (pathContains == null) {
            return !tokenEndpoint;
        }
        return path.toLowerCase(Locale.ROOT).contains(pathContains.toLowerCase(Locale.ROOT));
    }
}
