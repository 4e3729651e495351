package dev.cxmon.cxone;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed CXone call, typed: kind (for metrics), cause, the exchange as evidence, and a one-line message. Server text in
 * the message was redacted where the failure was built ({@link FailureMapper}); whatever built it, the message stays one line.
 */
public record CxoneFailure(FailureKind kind, FailureCause cause, Exchange exchange, String message, Optional<Duration> retryAfter,
        Optional<String> oauthError) {

    public CxoneFailure {
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
        oauthError = oauthError == null ? Optional.empty() : oauthError.map(Redactor::stripControls);
        message = Redactor.stripControls(message);
    }

    public int status() {
        return exchange.status();
    }

    public String describe() {
        return exchange.describe() + ": " + message;
    }
}
