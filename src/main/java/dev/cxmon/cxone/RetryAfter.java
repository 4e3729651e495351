package dev.cxmon.cxone;

import java.time.Duration;
import java.util.Optional;

/** How long a 429 pauses the session: its Retry-After (seconds or HTTP date), 1 s without one, never more than 5 minutes. */
public final class RetryAfter {

    public static final Duration DEFAULT = Duration.ofSeconds(1);
    public static final Duration CAP = Duration.ofMinutes(5);

    private RetryAfter() {}

    public static Duration pause(Optional<String> header) {
        Duration wait = header.flatMap(FailureMapper::parseRetryAfter).orElse(DEFAULT);
        return wait.compareTo(CAP) > 0 ? CAP : wait;
    }
}
