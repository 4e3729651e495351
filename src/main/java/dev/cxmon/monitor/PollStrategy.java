package dev.cxmon.monitor;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.IntConsumer;

/** How the roster's states are read (cxone.poll.strategy). */
public enum PollStrategy {
    /** GET /agents/{id}/states for every agent: one call per agent per poll. */
    PER_AGENT {
        @Override
        RosterReader reader(ExecutorService workers, Clock clock, Duration fullResyncEvery, IntConsumer hiddenCount) {
            return new PerAgentReader(workers, clock);
        }
    },
    /** GET /agents/states with updatedSince = the server's last lastPollTime; per-agent only for agents the bulk view hides. */
    BULK {
        @Override
        RosterReader reader(ExecutorService workers, Clock clock, Duration fullResyncEvery, IntConsumer hiddenCount) {
            return new BulkDeltaReader(new PerAgentReader(workers, clock), workers, failure -> false, fullResyncEvery, hiddenCount);
        }
    },
    /** Bulk, falling back to per-agent while the bulk endpoint is unusable (e.g. 403 or 404 there). */
    AUTO {
        @Override
        RosterReader reader(ExecutorService workers, Clock clock, Duration fullResyncEvery, IntConsumer hiddenCount) {
            return new BulkDeltaReader(new PerAgentReader(workers, clock), workers, BulkDeltaReader::bulkRefuses, fullResyncEvery,
                    hiddenCount);
        }
    };

    /**
     * The reader of this strategy, on the poll's workers.
     *
     * @param hiddenCount told how many roster agents the bulk view hides (BULK_NOT_VISIBLE) after each bulk read
     */
    abstract RosterReader reader(ExecutorService workers, Clock clock, Duration fullResyncEvery, IntConsumer hiddenCount);

    public static Optional<PollStrategy> parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "per-agent", "per_agent", "peragent" -> Optional.of(PER_AGENT);
            case "bulk" -> Optional.of(BULK);
            case "auto" -> Optional.of(AUTO);
            default -> Optional.empty();
        };
    }
}
