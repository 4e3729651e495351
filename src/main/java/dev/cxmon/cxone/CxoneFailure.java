package dev.cxmon.cxone;

import java.time.Duration;
import java.util.Optional;

/** A failed CXone call, typed: kind (for metrics), cause, the exchange as evidence, and a one-line message. */
public record CxoneFailure(FailureKind kind, FailureCause cause, Exchange exchange, String message, Optional<Duration> retryAfter,
        Optional<String> oauthError) {

    public CxoneFailure {
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
        oauthError = oauthError == null ? Optional.empty() : oauthError;
    }

    public int status() {
        return exchange.status();
    }

    public String describe() {
        return exchange.describe() + ": " + message;
    }
}
