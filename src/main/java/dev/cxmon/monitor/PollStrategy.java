package dev.cxmon.monitor;

import java.util.Locale;
import java.util.Optional;

/** How the roster's states are read (cxone.poll.strategy). */
public enum PollStrategy {
    /** GET /agents/{id}/states for every agent: one call per agent per poll. */
    PER_AGENT,
    /** GET /agents/states with updatedSince = the server's last lastPollTime; per-agent only for agents the bulk view hides. */
    BULK,
    /** Bulk, falling back to per-agent while the bulk endpoint is unusable (e.g. 403 or 404 there). */
    AUTO;

    public static Optional<PollStrategy> parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "per-agent", "per_agent", "peragent" -> Optional.of(PER_AGENT);
            case "bulk" -> Optional.of(BULK);
            case "auto" -> Optional.of(AUTO);
            default -> Optional.empty();
        };
    }
}
